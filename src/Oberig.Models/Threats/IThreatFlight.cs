using Oberig.Core.Geodesy;
using Oberig.Core.Time;

namespace Oberig.Models.Threats;

/// <summary>
/// The flight-model role: one threat's trajectory, advanced by the engine's Move phase. Implementations are
/// deterministic (a pure function of their construction arguments and the sequence of steps), allocate nothing in
/// <see cref="Advance"/>, sub-step internally so that any step length keeps its accuracy, and never fly past the
/// impact: the step that reaches the ground stops at the crossing.
/// </summary>
public interface IThreatFlight
{
    ThreatKinematics State { get; }
    FlightPhase Phase { get; }
    bool HasImpacted { get; }
    /// <summary>Where the threat hit the ground (its aim height), or null while it flies.</summary>
    Geodetic? ImpactPoint { get; }
    /// <summary>Advances the flight by <paramref name="dt"/> (any non-negative length); does nothing once impacted.</summary>
    void Advance(SimDuration dt);
}
