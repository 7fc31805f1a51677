using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Oberig.Analysis.Reports;

/// <summary>
/// Writes a run summary as JSON. Nothing in it depends on the wall clock, the machine or the thread count, so the
/// same scenario and seed give byte-identical output.
/// </summary>
public static class JsonReport
{
    private static readonly JsonSerializerOptions Options = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
        WriteIndented = true,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        NumberHandling = JsonNumberHandling.AllowNamedFloatingPointLiterals,
    };

    public static string Serialize(RunSummary summary) => JsonSerializer.Serialize(summary, Options);
}
