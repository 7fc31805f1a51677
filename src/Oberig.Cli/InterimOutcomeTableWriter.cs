using Oberig.Scenario.Campaign;
using YamlDotNet.Serialization;
using YamlDotNet.Serialization.NamingConventions;

namespace Oberig.Cli;

/// <summary>
/// SEAM, to be replaced by <c>OutcomeTableFile.Write(path, table)</c> (Oberig.Scenario.Campaign, being written
/// alongside): writes the table as YAML with snake_case keys mirroring the record's members, after a comment line
/// saying how it was made. Only <c>oberig campaign fit</c> calls it.
/// </summary>
internal static class InterimOutcomeTableWriter
{
    private static readonly ISerializer Yaml = new SerializerBuilder()
        .WithNamingConvention(UnderscoredNamingConvention.Instance)
        .DisableAliases()
        .Build();

    public static void Write(string path, OutcomeTable table, string comment)
    {
        var directory = Path.GetDirectoryName(Path.GetFullPath(path));
        if (!string.IsNullOrEmpty(directory)) Directory.CreateDirectory(directory);
        File.WriteAllText(path, $"# {comment}\n" + Yaml.Serialize(table));
    }
}
