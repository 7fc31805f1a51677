using Oberig.Core.Geodesy;
using Oberig.Core.Time;

namespace Oberig.Models.Threats;

/// <summary>
/// A solved ballistic launch: the launch angles that put the impact on the aim point, and what the solver's own flight
/// predicted (impact, miss, time of flight, apogee). Immutable; cache it per (missile, launch, aim).
/// </summary>
public sealed record BallisticSolution(
    BallisticParameters Parameters,
    Geodetic Launch,
    Geodetic AimPoint,
    double LaunchAzimuthDeg,
    double LaunchElevationDeg,
    Geodetic PredictedImpact,
    double PredictedMissM,
    SimDuration TimeOfFlight,
    double ApogeeHeightM,
    bool Lofted);
