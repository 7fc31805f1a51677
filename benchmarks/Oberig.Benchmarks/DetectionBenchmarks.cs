using BenchmarkDotNet.Attributes;
using Oberig.Core.Random;
using Oberig.Models.Sensors;

namespace Oberig.Benchmarks;

/// <summary>
/// Cost of one detection-probability evaluation as a sensor phase would make it: the detector (threshold) and radar
/// equation are built once; each call gets a different SNR from a fixed, seeded set spanning -5..25 dB.
/// </summary>
[MemoryDiagnoser]
public class DetectionBenchmarks
{
    private const int Cases = 1024;
    private readonly double[] _snr = new double[Cases], _snrDb = new double[Cases], _range = new double[Cases];
    private SquareLawDetector _detector10;
    private RadarEquation _equation;

    [GlobalSetup]
    public void Setup()
    {
        var rng = new RandomStream(42);
        for (int i = 0; i < Cases; i++)
        {
            _snrDb[i] = rng.NextDouble(-5, 25);
            _snr[i] = Decibels.ToLinear(_snrDb[i]);
            _range[i] = rng.NextDouble(1_000, 400_000);
        }
        _detector10 = new SquareLawDetector(1e-6, 10);
        _equation = new RadarEquation(60_000, 38, 3e9, 150e-6, 3, 8);
    }

    [Benchmark(OperationsPerInvoke = Cases)]
    public double ExactSwerling1TenPulses()
    {
        double sum = 0;
        for (int i = 0; i < Cases; i++) sum += _detector10.Pd(_snr[i], SwerlingCase.Swerling1);
        return sum;
    }

    [Benchmark(OperationsPerInvoke = Cases)]
    public double ExactSwerling0TenPulses()
    {
        double sum = 0;
        for (int i = 0; i < Cases; i++) sum += _detector10.Pd(_snr[i], SwerlingCase.Swerling0);
        return sum;
    }

    [Benchmark(OperationsPerInvoke = Cases)]
    public double ShnidmanPdTenPulses()
    {
        double sum = 0;
        for (int i = 0; i < Cases; i++) sum += Shnidman.Pd(_snrDb[i], 1e-6, 10, SwerlingCase.Swerling1);
        return sum;
    }

    [Benchmark(OperationsPerInvoke = Cases)]
    public double RadarEquationSnr()
    {
        double sum = 0;
        for (int i = 0; i < Cases; i++) sum += _equation.Snr(0.1, _range[i]);
        return sum;
    }

    [Benchmark]
    public double DetectorThresholdTenPulses() => new SquareLawDetector(1e-6, 10).Threshold;
}
