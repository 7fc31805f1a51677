using Oberig.Core.Geodesy;
using Oberig.Core.Time;
using Oberig.Engine.Sensing;
using Oberig.Models.Damage;
using Oberig.Scenario.Model;

namespace Oberig.Engine.World;

/// <summary>
/// The mutable state of one replication. Owned by one thread; built from an immutable scenario by
/// <see cref="WorldBuilder"/>, so two replications never share mutable state.
/// </summary>
public sealed class SimulationWorld
{
    public required ScenarioDefinition Scenario { get; init; }
    public required int Replication { get; init; }
    public required ulong Seed { get; init; }
    /// <summary>The common local frame (ENU at the area's centre, on the ellipsoid) in which sensors report positions.</summary>
    public required LocalFrame Frame { get; init; }
    /// <summary>Every radar: the scenario's sensors, then each fire unit's fire-control radar.</summary>
    public required IReadOnlyList<WorldSensor> Sensors { get; init; }
    /// <summary>Threats ordered by launch time (ties by raid order, then number in raid).</summary>
    public required IReadOnlyList<ThreatEntity> Threats { get; init; }
    public required AssetDamageLedger Damage { get; init; }
    public SimTime Now { get; internal set; } = SimTime.Start;
    public long Step { get; internal set; }

    /// <summary>Per-threat state after the latest Move phase, indexed like <see cref="Threats"/>.</summary>
    public ThreatSnapshot[] Snapshot { get; }

    /// <summary>The radar reports of the latest Sense phase (including false alarms), for the Track phase, grouped
    /// by scan in the order the scans happened.</summary>
    public List<SensorDetection> Detections { get; } = [];

    /// <summary>The scans of the latest Sense phase: which radar, and its reports' range in <see cref="Detections"/>
    /// (a scan that saw nothing has an empty range — the tracker must still hear of it, to count misses).</summary>
    public List<(int Sensor, int First, int Count)> Scans { get; } = [];

    /// <summary>The recognised air picture the Track phase maintains (null when no tracker runs); the Decide phase
    /// reads it, never the truth.</summary>
    public IAirPicture? AirPicture { get; set; }

    /// <summary>Every fire unit's state: rounds, channels and interceptors in flight, indexed like the scenario's.</summary>
    public required IReadOnlyList<WorldFireUnit> FireUnits { get; init; }

    /// <summary>Interceptors (and gun bursts) on their way, for the Engage phase.</summary>
    public List<InterceptorFlight> InterceptorsInFlight { get; } = [];

    /// <summary>Threats that reached the ground during the latest Move phase, for the Assess phase.</summary>
    internal List<int> ImpactsThisStep { get; } = [];

    internal int NextToLaunch { get; set; }
    internal int Airborne { get; set; }

    public SimulationWorld(int threatCount) => Snapshot = new ThreatSnapshot[threatCount];

    /// <summary>
    /// The flying threat nearest <paramref name="commonEnu"/> (a point in <see cref="Frame"/>) closer than
    /// <paramref name="radiusM"/>, or -1. Truth: for reports and for resolving an interceptor against what is really
    /// there, never for the tracker's or battle manager's decisions.
    /// </summary>
    public int NearestFlyingThreat(Oberig.Core.Numerics.Vec3 commonEnu, double radiusM)
    {
        var at = Frame.ToEcef(new Enu(commonEnu.X, commonEnu.Y, commonEnu.Z));
        int best = -1;
        double bestDistance = radiusM;
        foreach (var s in Snapshot)
        {
            if (s.Status != ThreatStatus.Flying) continue;
            double d = s.Kinematics.Position.DistanceTo(at);
            if (d < bestDistance) { bestDistance = d; best = s.Index; }
        }
        return best;
    }

    /// <summary>How far the ellipsoid falls below the common frame's tangent plane at a point's horizontal offset,
    /// m: (x² + y²) / 2a. Height above the ellipsoid ≈ z + this.</summary>
    public static double CurvatureDropM(Oberig.Core.Numerics.Vec3 commonEnu) =>
        (commonEnu.X * commonEnu.X + commonEnu.Y * commonEnu.Y) / (2 * Wgs84.A);

    /// <summary>True when every threat has launched and none is still flying: nothing more can happen.</summary>
    public bool IsQuiescent => NextToLaunch >= Threats.Count && Airborne == 0;
}
