namespace Oberig.Tracking;

/// <summary>Names this assembly in tests and reflection; carries no behaviour.</summary>
public static class AssemblyMarker;
