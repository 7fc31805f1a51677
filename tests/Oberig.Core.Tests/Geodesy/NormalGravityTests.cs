using Oberig.Core.Geodesy;

namespace Oberig.Core.Tests.Geodesy;

/// <summary>Published values from NIMA TR8350.2 (3rd ed.), tables 3.4 and 3.5 and chapter 4.</summary>
public class NormalGravityTests
{
    [Fact]
    public void EquatorAndPoleMatchTheDefiningValues()
    {
        Assert.Equal(9.7803253359, NormalGravity.OnEllipsoid(0), 1e-10);
        Assert.Equal(9.8321849378, NormalGravity.OnEllipsoid(90), 1e-10);
        Assert.Equal(9.8321849378, NormalGravity.OnEllipsoid(-90), 1e-10);
    }

    [Fact]
    public void SomiglianaConstantAndMeanGravityMatchTheReport()
    {
        // TR8350.2 table 3.5 lists k = 0.00193185265241 and m = 0.00344978650684; the mean of normal gravity over
        // the ellipsoid is 9.7976432222 m/s². Here k is checked through gamma at 45 degrees, which it fixes:
        // gamma(45) = gamma_e (1 + k/2) / sqrt(1 - e²/2).
        double expected45 = 9.7803253359 * (1 + 0.00193185265241 / 2) / Math.Sqrt(1 - 0.00669437999014 / 2);
        Assert.Equal(expected45, NormalGravity.OnEllipsoid(45), 1e-10);
    }

    [Fact]
    public void FreeAirGradientIsAboutMinus3Point086MicroGalPerMetre()
    {
        // The normal free-air gradient is close to -0.3086 mGal/m = -3.086e-6 s^-2 at mid latitudes.
        double g0 = NormalGravity.At(45, 0), g1 = NormalGravity.At(45, 1000);
        Assert.Equal(-3.086e-6, (g1 - g0) / 1000, 0.005e-6);
        Assert.Equal(NormalGravity.OnEllipsoid(30), NormalGravity.At(new Geodetic(30, 10, 0)), 1e-15);
    }

    [Fact]
    public void GradientIsStrongerAtTheEquatorThanAtThePoles()
    {
        // The -2f sin²(lat) term: the vertical gradient weakens towards the poles (TR8350.2 eq. 4-3).
        double eq = NormalGravity.At(0, 1000) - NormalGravity.At(0, 0);
        double pole = NormalGravity.At(90, 1000) - NormalGravity.At(90, 0);
        Assert.True(eq < 0 && pole < 0);
        Assert.True(Math.Abs(eq) > Math.Abs(pole));
    }
}
