using Oberig.Core.Geodesy;
using Oberig.Core.Numerics;

namespace Oberig.Models.Effectors.Flight;

/// <summary>
/// A target holding its height above the round earth: it flies the great circle through its start in the given
/// direction at constant speed, optionally weaving across it like <see cref="WeavingTarget"/>. This is how a cruise
/// missile or drone follows the ground; a straight line instead climbs away from it (40 km along a tangent the ground
/// has fallen 125 m). Over the flat earth (<see cref="LocalSphere.Flat"/>) it is the straight line.
/// </summary>
public sealed class GreatCircleTarget : ITargetMotion
{
    private readonly Vec3 _start, _up, _along, _lateral;
    private readonly double _radius, _speed, _rate, _weaveMps2, _omega;

    /// <param name="earth">The sphere, in the interceptor's frame.</param>
    /// <param name="start">Position at time 0.</param>
    /// <param name="direction">Heading at time 0 (any vector with a horizontal part; its vertical part is dropped).</param>
    /// <param name="speedMps">Speed along the path, m/s.</param>
    /// <param name="weaveMps2">Peak lateral acceleration of a weave, m/s² (0: none).</param>
    /// <param name="weavePeriodS">Weave period, s.</param>
    public GreatCircleTarget(LocalSphere earth, Vec3 start, Vec3 direction, double speedMps, double weaveMps2 = 0, double weavePeriodS = 1)
    {
        _start = start;
        _up = earth.Up(start);
        _along = (direction - _up * direction.Dot(_up)).Normalized();
        if (_along == Vec3.Zero) throw new ArgumentException($"great-circle target: the direction {direction} has no horizontal part", nameof(direction));
        _lateral = _up.Cross(_along);
        _radius = earth.FromCentre(start).Norm;
        _speed = speedMps;
        _rate = speedMps / _radius;
        _weaveMps2 = weaveMps2;
        _omega = 2 * Math.PI / weavePeriodS;
    }

    public TargetState At(double timeS)
    {
        var weave = WeavingTarget.Weave(_lateral, _weaveMps2, _omega, timeS);
        if (double.IsPositiveInfinity(_radius))
            return new TargetState(_start + _along * (_speed * timeS) + weave.Position, _along * _speed + weave.Velocity, weave.Acceleration);
        double angle = _rate * timeS, sin = Math.Sin(angle), cos = Math.Cos(angle), half = Math.Sin(0.5 * angle);
        // From the start rather than the centre, with cos − 1 = −2 sin²(angle/2): no 6.4e6 m terms to cancel.
        var position = _start + (_along * sin - _up * (2 * half * half)) * _radius;
        var velocity = (_along * cos - _up * sin) * _speed;
        var centripetal = (_along * sin + _up * cos) * (-_speed * _rate);
        return new TargetState(position + weave.Position, velocity + weave.Velocity, centripetal + weave.Acceleration);
    }
}
