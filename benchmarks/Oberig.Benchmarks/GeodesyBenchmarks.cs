using BenchmarkDotNet.Attributes;
using Oberig.Core.Geodesy;
using Oberig.Core.Random;

namespace Oberig.Benchmarks;

/// <summary>
/// Cost of one geodesic or ECEF conversion, averaged over a fixed, seeded set of random global cases (so the
/// nearly antipodal and polar ones are represented in proportion to their area, not cherry-picked).
/// </summary>
[MemoryDiagnoser]
public class GeodesyBenchmarks
{
    private const int Cases = 1024;
    private readonly double[] _lat1 = new double[Cases], _lon1 = new double[Cases];
    private readonly double[] _lat2 = new double[Cases], _lon2 = new double[Cases];
    private readonly double[] _azi = new double[Cases], _s12 = new double[Cases];
    private readonly Ecef[] _ecef = new Ecef[Cases];

    [GlobalSetup]
    public void Setup()
    {
        var rng = new RandomStream(42);
        for (int i = 0; i < Cases; i++)
        {
            _lat1[i] = Math.Asin(rng.NextDouble(-1, 1)) * 180 / Math.PI;
            _lat2[i] = Math.Asin(rng.NextDouble(-1, 1)) * 180 / Math.PI;
            _lon1[i] = rng.NextDouble(-180, 180);
            _lon2[i] = rng.NextDouble(-180, 180);
            _azi[i] = rng.NextDouble(-180, 180);
            _s12[i] = rng.NextDouble(0, 2e7);
            _ecef[i] = Wgs84.ToEcef(new Geodetic(_lat1[i], _lon1[i], rng.NextDouble(-1e4, 1e6)));
        }
    }

    [Benchmark(OperationsPerInvoke = Cases)]
    public double Inverse()
    {
        double sum = 0;
        for (int i = 0; i < Cases; i++) sum += Geodesic.Inverse(_lat1[i], _lon1[i], _lat2[i], _lon2[i]).S12M;
        return sum;
    }

    [Benchmark(OperationsPerInvoke = Cases)]
    public double Direct()
    {
        double sum = 0;
        for (int i = 0; i < Cases; i++) sum += Geodesic.Direct(_lat1[i], _lon1[i], _azi[i], _s12[i]).Latitude2Deg;
        return sum;
    }

    [Benchmark(OperationsPerInvoke = Cases)]
    public double ToGeodetic()
    {
        double sum = 0;
        for (int i = 0; i < Cases; i++) sum += Wgs84.ToGeodetic(_ecef[i]).HeightM;
        return sum;
    }
}
