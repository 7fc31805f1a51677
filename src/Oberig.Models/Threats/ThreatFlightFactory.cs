using System.Collections.Concurrent;
using Oberig.Core.Geodesy;
using Oberig.Scenario.Catalog;
using Oberig.Scenario.Model;

namespace Oberig.Models.Threats;

/// <summary>
/// Builds the flight model of a threat by its kind: ballistic missiles fly a <see cref="BallisticFlight"/> on a solved
/// loft, everything else a <see cref="WaypointFlight"/>, inside a <see cref="WeavingFlight"/> where the type has an
/// <c>evasive</c> weave. The one place that chooses a model by kind. Ballistic launch
/// solutions are cached per (motor and drag figures, launch, aim); the cache is thread-safe and, since a solution is a
/// pure function of its key, never changes a result. Use one factory per study (or per engine), not a global one.
/// </summary>
public sealed class ThreatFlightFactory
{
    private readonly BallisticFlightOptions _ballistic;
    private readonly WaypointFlightOptions _waypoint;
    private readonly ConcurrentDictionary<(BallisticParameters, Geodetic, Geodetic), BallisticSolution> _solutions = new();

    public ThreatFlightFactory(BallisticFlightOptions? ballistic = null, WaypointFlightOptions? waypoint = null)
    {
        _ballistic = ballistic ?? BallisticFlightOptions.Default;
        _waypoint = waypoint ?? WaypointFlightOptions.Default;
    }

    /// <summary>The flight models a scenario's settings ask for (for instance the rotating earth frame).</summary>
    public static ThreatFlightFactory For(SimulationSettings settings) =>
        new(BallisticFlightOptions.Default with { RotatingEarth = settings.EarthRotation });

    /// <summary>Number of cached ballistic solutions.</summary>
    public int CachedSolutions => _solutions.Count;

    /// <summary>
    /// A new flight of <paramref name="type"/> from <paramref name="launch"/> onto <paramref name="aimPoint"/>. Ballistic
    /// missiles ignore <paramref name="route"/> (they fly no waypoints).
    /// </summary>
    /// <exception cref="ArgumentException">The threat's figures are unusable, or a ballistic aim point is out of reach;
    /// the message says which and why.</exception>
    public IThreatFlight Create(ThreatType type, Geodetic launch, IReadOnlyList<Waypoint> route, Geodetic aimPoint)
    {
        ArgumentNullException.ThrowIfNull(type);
        ArgumentNullException.ThrowIfNull(route);
        return type.Kind switch
        {
            // The catalog rejects a weave on a ballistic missile; a type built in code that has one is refused too,
            // rather than flown straight as if the weave had been honoured.
            ThreatKind.BallisticMissile when type.Evasive is not null =>
                throw new ArgumentException($"threat '{type.Id}': a ballistic missile cannot weave (evasive is for drones, decoys and cruise missiles)", nameof(type)),
            ThreatKind.BallisticMissile => new BallisticFlight(SolveBallistic(type, launch, aimPoint), _ballistic),
            ThreatKind.Drone or ThreatKind.Decoy or ThreatKind.CruiseMissile => Waypoint(type, launch, route, aimPoint),
            _ => throw new ArgumentException($"threat '{type.Id}': no flight model for kind {type.Kind}", nameof(type)),
        };
    }

    private IThreatFlight Waypoint(ThreatType type, Geodetic launch, IReadOnlyList<Waypoint> route, Geodetic aimPoint)
    {
        var flight = new WaypointFlight(WaypointFlightParameters.From(type), launch, route, aimPoint, _waypoint);
        return WeaveParameters.From(type) is { } weave ? new WeavingFlight(flight, weave) : flight;
    }

    /// <summary>The (cached) launch solution of a ballistic threat.</summary>
    public BallisticSolution SolveBallistic(ThreatType type, Geodetic launch, Geodetic aimPoint)
    {
        ArgumentNullException.ThrowIfNull(type);
        var parameters = BallisticParameters.From(type);
        try
        {
            return _solutions.GetOrAdd((parameters, launch, aimPoint),
                static (key, options) => BallisticSolver.Solve(key.Item1, key.Item2, key.Item3, options), _ballistic);
        }
        catch (ArgumentException e)
        {
            throw new ArgumentException($"threat '{type.Id}': {e.Message}", e);
        }
    }
}
