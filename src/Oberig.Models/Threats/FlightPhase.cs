namespace Oberig.Models.Threats;

/// <summary>The phase of a threat's flight, as a sensor or a battle manager would classify it.</summary>
public enum FlightPhase
{
    /// <summary>Powered ascent (ballistic missiles while the motor burns).</summary>
    Boost,
    /// <summary>Air-breathing flight: climb-out, level cruise and turns (drones, decoys, cruise missiles).</summary>
    Cruise,
    /// <summary>Unpowered ballistic coast above the terminal height.</summary>
    Midcourse,
    /// <summary>The final dive (air-breathing threats) or the descent below the terminal height (ballistic).</summary>
    Terminal,
    /// <summary>On the ground at <see cref="IThreatFlight.ImpactPoint"/>; the flight no longer moves.</summary>
    Impacted,
}
