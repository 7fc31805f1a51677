namespace Oberig.Scenario.Loading;

/// <summary>One schema violation, located by JSON pointer in the instance that was checked.</summary>
internal sealed record SchemaIssue(string Pointer, string Message);
