using Oberig.Core.Numerics;

namespace Oberig.Models.Effectors.Flight;

/// <summary>How an interceptor flight ended.</summary>
public enum FlyoutEnd
{
    /// <summary>The range to the target stopped shrinking: the closest approach, found inside the step.</summary>
    ClosestApproach,
    /// <summary>Self-destruct: after burnout the speed fell below the floor (out of energy).</summary>
    OutOfEnergy,
    /// <summary>Self-destruct: the time of flight reached its limit.</summary>
    OutOfTime,
    /// <summary>The interceptor flew into the ground (height below zero, descending).</summary>
    GroundImpact,
}

/// <summary>
/// The end of one flight. <see cref="MissM"/> is always finite: at a closest approach the miss distance, otherwise the
/// smallest range to the target seen at any step (infinity without a target), so a flight that never reached its
/// target reads "out of envelope" through <see cref="End"/>, never NaN. Heights are above the ground (the flight's
/// sphere): <see cref="MaxHeightM"/> the highest reached, <see cref="HeightM"/> at the end (the intercept's height at a
/// closest approach, a little below zero at a ground impact).
/// </summary>
public readonly record struct FlyoutResult(
    FlyoutEnd End,
    double TimeS,
    double MissM,
    Vec3 Position,
    Vec3 Velocity,
    double MaxSpeedMps,
    double MaxHeightM,
    double HeightM)
{
    /// <summary>True when the flight ended at a closest approach to its target (not self-destructed or crashed).</summary>
    public bool ReachedTarget => End == FlyoutEnd.ClosestApproach;

    /// <summary>A sentence for people: what happened and, when the target was out of reach, why.</summary>
    public string Describe() => End switch
    {
        FlyoutEnd.ClosestApproach => $"closest approach {MissM:F2} m at {TimeS:F3} s",
        FlyoutEnd.OutOfEnergy => $"out of envelope: out of energy (speed below the floor) at {TimeS:F1} s, closest {MissM:F0} m",
        FlyoutEnd.OutOfTime => $"out of envelope: time of flight limit {TimeS:F1} s reached, closest {MissM:F0} m",
        _ => $"out of envelope: ground impact at {TimeS:F1} s, closest {MissM:F0} m",
    };
}
