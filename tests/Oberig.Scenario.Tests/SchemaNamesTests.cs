using System.Reflection;
using System.Text.Json;
using System.Text.Json.Nodes;
using Oberig.Scenario.Catalog;

namespace Oberig.Scenario.Tests;

/// <summary>The schema and the records must name the same fields, or valid files would fail to load (or vice versa).</summary>
public sealed class SchemaNamesTests
{
    private static JsonObject Definitions()
    {
        var text = File.ReadAllText(Path.Combine(TestFiles.RepositoryRoot, "schema", "catalog.schema.json"));
        return (JsonObject)JsonNode.Parse(text)!["$defs"]!;
    }

    public static TheoryData<string, Type> Types => new()
    {
        { "threatType", typeof(ThreatType) },
        { "sensorType", typeof(SensorType) },
        { "interceptorType", typeof(InterceptorType) },
        { "systemType", typeof(SystemType) },
    };

    [Theory]
    [MemberData(nameof(Types))]
    public void Catalog_schema_properties_are_the_snake_case_record_properties(string definition, Type record)
    {
        var def = Definitions()[definition]!;
        var schemaNames = ((JsonObject)def["properties"]!).Select(p => p.Key).Order().ToArray();
        var recordNames = record.GetProperties(BindingFlags.Public | BindingFlags.Instance)
            .Select(p => JsonNamingPolicy.SnakeCaseLower.ConvertName(p.Name)).Order().ToArray();
        Assert.Equal(recordNames, schemaNames);

        // Required in the schema exactly when required in the record.
        var required = ((JsonArray)def["required"]!).Select(n => n!.GetValue<string>()).Order().ToArray();
        var recordRequired = record.GetProperties().Where(p => p.GetCustomAttribute<System.Runtime.CompilerServices.RequiredMemberAttribute>() is not null)
            .Select(p => JsonNamingPolicy.SnakeCaseLower.ConvertName(p.Name)).Order().ToArray();
        Assert.Equal(recordRequired, required);

        // Every numeric (or yes/no) field can be given a source; a number in a table (an object field) as "field.member".
        var properties = (JsonObject)def["properties"]!;
        var numeric = properties.Where(p => IsNumber(p.Value) || p.Value?["type"]?.GetValue<string>() == "boolean").Select(p => p.Key)
            .Concat(properties.Where(p => p.Value?["$ref"] is not null).SelectMany(p =>
                Tables(p.Value!).Where(m => IsNumber(m.Value)).Select(m => $"{p.Key}.{m.Key}")))
            .Order();
        var sourced = ((JsonObject)def["properties"]!["sources"]!["properties"]!).Select(p => p.Key).Order();
        Assert.Equal(numeric, sourced);
    }

    /// <summary>A number, or a table of numbers (an array), which is sourced as a whole.</summary>
    private static bool IsNumber(JsonNode? property) => property?["type"]?.GetValue<string>() is "number" or "integer" or "array";

    /// <summary>The properties of the definition a "$ref" names, or none when it is not an object with properties.</summary>
    private static JsonObject Tables(JsonNode reference)
    {
        var name = reference["$ref"]!.GetValue<string>().Replace("#/$defs/", "", StringComparison.Ordinal);
        return Definitions()[name]?["properties"] as JsonObject ?? [];
    }

    [Fact]
    public void Kill_probability_tables_name_the_record_properties()
    {
        var names = ((JsonObject)Definitions()["killProbabilities"]!["properties"]!).Select(p => p.Key).Order().ToArray();
        var recordNames = typeof(KillProbabilities).GetProperties().Select(p => JsonNamingPolicy.SnakeCaseLower.ConvertName(p.Name)).Order().ToArray();
        Assert.Equal(recordNames, names);
    }

    [Fact]
    public void Embedded_schemas_are_the_repository_copies()
    {
        var files = Directory.GetFiles(Path.Combine(TestFiles.RepositoryRoot, "schema"), "*.schema.json").Select(Path.GetFileName).Order();
        Assert.Equal(files, Oberig.Scenario.Loading.SchemaSet.Files.Select(f => f.File).Order());
        foreach (var name in files)
            Assert.Equal(File.ReadAllText(Path.Combine(TestFiles.RepositoryRoot, "schema", name!)), Oberig.Scenario.Loading.SchemaSet.Text(name!));
    }
}
