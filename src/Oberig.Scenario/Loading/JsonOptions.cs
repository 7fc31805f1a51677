using System.Text.Json;
using System.Text.Json.Serialization;

namespace Oberig.Scenario.Loading;

/// <summary>
/// The one mapping between file names and code names: <c>cruise_speed_mps</c> &lt;-&gt; <c>CruiseSpeedMps</c>,
/// <c>cruise_missile</c> &lt;-&gt; <c>CruiseMissile</c>. The schema files use exactly these names (a test checks it).
/// </summary>
internal static class JsonOptions
{
    public static readonly JsonSerializerOptions Files = Create();

    private static JsonSerializerOptions Create()
    {
        var options = new JsonSerializerOptions
        {
            PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
            DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
            // The schema has already rejected unknown fields with a better message; this is a second line of defence.
            UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
        };
        options.Converters.Add(new JsonStringEnumConverter(JsonNamingPolicy.SnakeCaseLower, allowIntegerValues: false));
        options.MakeReadOnly(populateMissingResolver: true);
        return options;
    }
}
