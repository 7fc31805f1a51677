using Oberig.Core.Numerics;
using Oberig.Models.Threats;

namespace Oberig.Models.Effectors.Flight;

/// <summary>
/// Where the target is at a time after launch, in the interceptor's frame: the flight model samples it inside its
/// RK4 stages and when it refines the closest approach, so it must be a pure function of time.
/// </summary>
public interface ITargetMotion
{
    TargetState At(double timeS);
}

/// <summary>A target's position, m, velocity, m/s, and acceleration, m/s², at one time.</summary>
public readonly record struct TargetState(Vec3 Position, Vec3 Velocity, Vec3 Acceleration);

/// <summary>A target in straight, level (or any constant-velocity) flight.</summary>
public sealed class ConstantVelocityTarget(Vec3 initialPosition, Vec3 velocity) : ITargetMotion
{
    public TargetState At(double timeS) => new(initialPosition + velocity * timeS, velocity, Vec3.Zero);
}

/// <summary>A target under a constant acceleration vector (a step manoeuvre from launch).</summary>
public sealed class ConstantAccelerationTarget(Vec3 initialPosition, Vec3 initialVelocity, Vec3 acceleration) : ITargetMotion
{
    public TargetState At(double timeS) => new(
        initialPosition + initialVelocity * timeS + acceleration * (0.5 * timeS * timeS),
        initialVelocity + acceleration * timeS,
        acceleration);
}

/// <summary>
/// A target weaving across its path: lateral acceleration a·cos(ωt) along <paramref name="lateral"/> (a unit vector
/// normal to the velocity), so its cross-track offset (a/ω²)(1 − cos ωt) stays bounded and its mean path is the
/// straight line — the manoeuvre a cruise missile or drone flies to spoil a fire-control solution.
/// </summary>
public sealed class WeavingTarget(Vec3 initialPosition, Vec3 velocity, Vec3 lateral, double accelerationMps2, double periodS) : ITargetMotion
{
    private readonly double _omega = 2 * Math.PI / periodS;

    public TargetState At(double timeS)
    {
        var weave = Weave(lateral, accelerationMps2, _omega, timeS);
        return new TargetState(initialPosition + velocity * timeS + weave.Position, velocity + weave.Velocity, weave.Acceleration);
    }

    /// <summary>The weave's own offset, velocity and acceleration along <paramref name="lateral"/>, to add to a mean path.</summary>
    internal static TargetState Weave(Vec3 lateral, double accelerationMps2, double omega, double timeS)
    {
        var (offset, speed, acceleration) = WeaveMotion.At(accelerationMps2, omega, timeS);
        return new TargetState(lateral * offset, lateral * speed, lateral * acceleration);
    }
}
