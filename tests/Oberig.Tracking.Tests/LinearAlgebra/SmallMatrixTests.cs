using CsCheck;
using Oberig.Tracking.LinearAlgebra;

namespace Oberig.Tracking.Tests.LinearAlgebra;

public class SmallMatrixTests
{
    private static readonly Gen<(int N, double[] B)> SquareMatrices =
        Gen.Int[1, SmallMatrix.MaxDimension].SelectMany(n => Gen.Double[-10, 10].Array[n * n].Select(b => (n, b)));

    /// <summary>A = B Bᵀ + I: symmetric positive definite by construction.</summary>
    private static double[] Spd(int n, double[] b)
    {
        var a = new double[n * n];
        SmallMatrix.MultiplyTransposed(b, n, n, b, n, a);
        for (int i = 0; i < n; i++) a[i * n + i] += 1.0;
        return a;
    }

    [Fact]
    public void MultiplyMatchesHandComputedProducts()
    {
        double[] a = [1, 2, 3, 4, 5, 6];       // 2 x 3
        double[] b = [7, 8, 9, 10, 11, 12];    // 3 x 2
        var c = new double[4];
        SmallMatrix.Multiply(a, 2, 3, b, 2, c);
        Assert.Equal([58, 64, 139, 154], c);
        var ct = new double[4];
        SmallMatrix.MultiplyTransposed(a, 2, 3, a, 2, ct); // a aᵀ
        Assert.Equal([14, 32, 32, 77], ct);
        var tt = new double[9];
        SmallMatrix.TransposeMultiply(a, 2, 3, a, 3, tt);  // aᵀ a
        Assert.Equal([17, 22, 27, 22, 29, 36, 27, 36, 45], tt);
    }

    [Fact]
    public void CholeskyReconstructsRandomSpdMatrices() =>
        SquareMatrices.Sample(t =>
        {
            var a = Spd(t.N, t.B);
            var l = new double[t.N * t.N];
            Assert.True(SmallMatrix.Cholesky(a, t.N, l));
            var back = new double[t.N * t.N];
            SmallMatrix.MultiplyTransposed(l, t.N, t.N, l, t.N, back);
            TestMath.AssertClose(a, back, 1e-10, "L Lᵀ");
        });

    [Fact]
    public void InverseOfSpdTimesMatrixIsIdentity() =>
        SquareMatrices.Sample(t =>
        {
            int n = t.N;
            var a = Spd(n, t.B);
            var inv = new double[n * n];
            var scratch = new double[n * n];
            Assert.True(SmallMatrix.InvertSpd(a, n, inv, scratch));
            var product = new double[n * n];
            SmallMatrix.Multiply(a, n, n, inv, n, product);
            var identity = new double[n * n];
            SmallMatrix.Identity(identity, n);
            // Condition numbers reach ~1e4 here; the product is exact to ~1e-12 times that.
            for (int i = 0; i < n * n; i++) Assert.True(Math.Abs(product[i] - identity[i]) < 1e-8, $"{product[i]} vs {identity[i]}");
        });

    [Fact]
    public void CholeskyReportsFailureOnIndefiniteAndNaNMatrices()
    {
        var l = new double[4];
        Assert.False(SmallMatrix.Cholesky([1, 2, 2, 1], 2, l));      // eigenvalues 3 and −1
        Assert.False(SmallMatrix.Cholesky([0, 0, 0, 1], 2, l));      // singular
        Assert.False(SmallMatrix.Cholesky([double.NaN, 0, 0, 1], 2, l));
        Assert.True(SmallMatrix.Cholesky([4, 2, 2, 3], 2, l));
        Assert.Equal([2, 0, 1, Math.Sqrt(2)], l);
    }

    [Fact]
    public void SymmetriseAveragesOffDiagonalPairs()
    {
        double[] m = [1, 2, 4, 3];
        SmallMatrix.Symmetrise(m, 2);
        Assert.Equal([1, 3, 3, 3], m);
    }

    [Fact]
    public void MahalanobisAndLogDeterminantMatchClosedFormsForADiagonalMatrix()
    {
        double[] a = [4, 0, 0, 9];
        var l = new double[4];
        Assert.True(SmallMatrix.Cholesky(a, 2, l));
        Assert.Equal(1.0 + 1.0, SmallMatrix.SquaredMahalanobis(l, 2, [2, 3], new double[2]), 12);
        Assert.Equal(Math.Log(36), SmallMatrix.LogDeterminantFromCholesky(l, 2), 12);
    }

    [Fact]
    public void RepairMakesAnIndefiniteMatrixPositiveDefiniteAndCountsIt()
    {
        var counters = new FilterCounters();
        double[] p = [1, 1.0000001, 1.0000001, 1];   // slightly indefinite, as rounding leaves a covariance
        Assert.False(CovarianceRepair.Ensure(p, 2, CovarianceRepairOptions.Default, counters, new double[4]));
        Assert.Equal(1, counters.CovarianceRepairs);
        Assert.True(TestMath.IsPositiveDefinite(p, 2));
        Assert.True(TestMath.IsSymmetric(p, 2));
        Assert.True(CovarianceRepair.Ensure(p, 2, CovarianceRepairOptions.Default, counters, new double[4]));
        Assert.Equal(1, counters.CovarianceRepairs);
    }

    [Fact]
    public void RepairNeverLeavesNaN()
    {
        var counters = new FilterCounters();
        double[] p = [double.NaN, 1, 1, -5];
        CovarianceRepair.Ensure(p, 2, CovarianceRepairOptions.Default, counters, new double[4]);
        Assert.True(SmallMatrix.AllFinite(p));
        Assert.True(TestMath.IsPositiveDefinite(p, 2));
        Assert.Equal(1, counters.CovarianceRepairs);
    }
}
