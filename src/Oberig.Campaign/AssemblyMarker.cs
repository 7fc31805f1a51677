namespace Oberig.Campaign;

/// <summary>Names the campaign assembly for reflection-free lookups (tests, tools).</summary>
public static class AssemblyMarker;
