using BenchmarkDotNet.Attributes;
using Oberig.Core.Geodesy;
using Oberig.Core.Time;
using Oberig.Models.Threats;
using Oberig.Scenario.Model;

namespace Oberig.Benchmarks;

/// <summary>
/// Cost of one engine step (0.1 s, and 1 s for the waypoint flight) of each flight model: each operation is one <c>Advance</c>; a fresh flight is
/// built per invocation of <see cref="Steps"/> steps so that no flight runs out (the drone flies 250 km, the missile
/// 480 s, and 1,000 steps are 100 s). Also the cost of one ballistic loft solve (what the factory caches).
/// </summary>
[MemoryDiagnoser]
public class ThreatFlightBenchmarks
{
    private const int Steps = 1_000;
    private static readonly SimDuration Step = SimDuration.FromSeconds(0.1);
    private static readonly SimDuration EngineStep = SimDuration.FromSeconds(1);
    private static readonly Geodetic Launch = new(50, 30, 100);
    private static readonly Geodetic DroneAim = new(52, 31, 100);
    private static readonly Geodetic MissileAim = new(52.7, 30.4, 100);
    private static readonly Waypoint[] Route = [new(50.2, 30.3, null), new(50.6, 30.1, 300)];
    // Shahed-136-class drone (notional): 50 m/s, 1,000 m, 5 m/s climb, 3°/s.
    private static readonly WaypointFlightParameters Drone = new(50, 70, 1_000, 2_000, 5, 3 * Math.PI / 180);
    // Iskander-class (notional): burn 20 s, burnout 2,100 m/s, β 5,000 kg/m².
    private static readonly BallisticParameters Missile = new(20, 2_100, 5_000);
    private BallisticSolution _solution = null!;

    [GlobalSetup]
    public void Setup() => _solution = BallisticSolver.Solve(Missile, Launch, MissileAim);

    [Benchmark(OperationsPerInvoke = Steps)]
    public double WaypointFlightStep()
    {
        var f = new WaypointFlight(Drone, Launch, Route, DroneAim);
        for (int i = 0; i < Steps; i++) f.Advance(Step);
        return f.State.Position.X;
    }

    /// <summary>One 1 s engine step (the demo's) of the drone: 1,000 s, climb, two turns and the straight legs.</summary>
    [Benchmark(OperationsPerInvoke = Steps)]
    public double WaypointFlightStep1s()
    {
        var f = new WaypointFlight(Drone, Launch, Route, DroneAim);
        for (int i = 0; i < Steps; i++) f.Advance(EngineStep);
        return f.State.Position.X;
    }

    [Benchmark(OperationsPerInvoke = Steps)]
    public double BallisticFlightStep()
    {
        var f = new BallisticFlight(_solution);
        for (int i = 0; i < Steps; i++) f.Advance(Step);
        return f.State.Position.X;
    }

    [Benchmark]
    public double BallisticLoftSolve() => BallisticSolver.Solve(Missile, Launch, MissileAim).LaunchElevationDeg;
}
