using MathNet.Numerics.Distributions;

namespace Oberig.Campaign.Random;

/// <summary>The campaign's random draws, on Math.NET's samplers over a seeded stream.</summary>
internal sealed class Draw(Core.Random.RandomStream stream)
{
    private readonly StreamRandom _random = new(stream);

    public double Uniform() => _random.NextDouble();

    /// <summary>A count with mean <paramref name="mean"/> and coefficient of variation <paramref name="cv"/>: Poisson
    /// for cv = 0, otherwise negative binomial as a Gamma–Poisson mixture (variance mean + (cv·mean)²).</summary>
    public int Count(double mean, double cv)
    {
        if (!(mean > 0)) return 0;
        double lambda = mean;
        if (cv > 0)
        {
            double shape = 1 / (cv * cv);
            lambda = Gamma.Sample(_random, shape, shape / mean);
            if (!(lambda > 0)) return 0;
        }
        return Poisson.Sample(_random, lambda);
    }

    /// <summary>Successes of <paramref name="n"/> trials with probability <paramref name="p"/> (clamped to [0, 1]).</summary>
    public int Binomial(int n, double p)
    {
        if (n <= 0 || !(p > 0)) return 0;
        if (p >= 1) return n;
        return MathNet.Numerics.Distributions.Binomial.Sample(_random, p, n);
    }

    /// <summary><paramref name="x"/> rounded down or up, up with probability its fractional part: unbiased.</summary>
    public int StochasticRound(double x)
    {
        if (!(x > 0)) return 0;
        double floor = Math.Floor(x);
        return (int)floor + (Uniform() < x - floor ? 1 : 0);
    }
}
