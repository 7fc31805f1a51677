using BenchmarkDotNet.Attributes;
using Oberig.Core.Numerics;
using Oberig.Models.Effectors.Flight;
using Oberig.Models.Effectors.Guidance;

namespace Oberig.Benchmarks;

/// <summary>
/// Cost of one fixed RK4 step (0.01 s) of the point-mass interceptor flight: boost, sustain and coast with Mach-
/// dependent drag on the 1976 atmosphere and true proportional navigation evaluated at every stage. Each invocation
/// flies a fresh missile for 1,000 steps (10 s) towards a target too far to reach in that time, so no step ends early.
/// </summary>
[MemoryDiagnoser]
public class InterceptorFlightBenchmarks
{
    private const int Steps = 1_000;

    // Notional long-range interceptor (as the flight tests').
    private static readonly InterceptorAirframe Airframe = new()
    {
        LaunchMassKg = 445, PropellantMassKg = 250, BoostTimeS = 3, BoostThrustN = 90_000, SustainTimeS = 7, SustainThrustN = 15_000,
        ReferenceAreaM2 = 0.0254, Drag = new DragCurve([(0, 0.3), (0.8, 0.3), (1.2, 0.55), (2, 0.4), (4, 0.3)]), MaxLateralG = 40,
        MaxLiftCoefficient = 15,
    };
    private static readonly IGuidanceLaw Law = new TrueProportionalNavigation(4, 40 * InterceptorFlight.G0);
    private static readonly ITargetMotion Target = new ConstantVelocityTarget(new Vec3(80_000, 5_000, 8_000), new Vec3(-250, 0, 0));

    [Benchmark(OperationsPerInvoke = Steps)]
    public double GuidedStep()
    {
        var f = new InterceptorFlight(Airframe, Vec3.Zero, new Vec3(1, 0, 1), Law, Target);
        for (int i = 0; i < Steps; i++) f.Step();
        return f.Position.X;
    }
}
