namespace Oberig.Engine.World;

public enum ThreatStatus { Scheduled, Flying, Destroyed, Impacted }
