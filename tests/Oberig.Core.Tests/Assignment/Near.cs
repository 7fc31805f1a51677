namespace Oberig.Core.Tests.Assignment;

internal static class Near
{
    /// <summary>Equal within a relative tolerance (rounding to decimal places fails when a value sits on a half).</summary>
    public static void Equal(double expected, double actual, double relative = 1e-9) =>
        Assert.True(Math.Abs(expected - actual) <= relative * Math.Max(1, Math.Abs(expected)), $"expected {expected:R}, got {actual:R}");
}
