using Oberig.Core.Geodesy;
using Oberig.Core.Numerics;

namespace Oberig.Models.Threats;

/// <summary>
/// Where a threat is and how fast it moves: the ECEF position, the ECEF velocity (m/s, relative to the rotating
/// Earth) and the same position as WGS84 geodetic coordinates, kept together so that consumers never convert twice.
/// </summary>
public readonly record struct ThreatKinematics(Ecef Position, Vec3 VelocityEcef, Geodetic Geodetic)
{
    /// <summary>Speed relative to the Earth (and to still air), m/s.</summary>
    public double SpeedMps => VelocityEcef.Norm;
}
