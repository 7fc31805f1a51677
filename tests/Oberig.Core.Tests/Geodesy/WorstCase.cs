namespace Oberig.Core.Tests.Geodesy;

/// <summary>
/// Tracks the largest discrepancy of one quantity over a batch, so a failure reports the worst case and a pass can
/// be inspected for its margin, rather than stopping at the first case out of tolerance.
/// </summary>
internal sealed class WorstCase(string quantity, double tolerance)
{
    private double _worst;
    private string _where = "none";

    public void Add(double difference, string where)
    {
        double d = Math.Abs(difference);
        if (d > _worst || double.IsNaN(d)) { _worst = double.IsNaN(d) ? double.PositiveInfinity : d; _where = where; }
    }

    /// <summary>Adds an angle difference in degrees, taken modulo 360 so that 180 and -180 agree.</summary>
    public void AddAngle(double expected, double actual, string where) =>
        Add(Math.IEEERemainder(actual - expected, 360.0), $"{where}: expected {expected:R}, got {actual:R}");

    public void Check() =>
        Assert.True(_worst <= tolerance, $"{quantity}: worst difference {_worst:E3} exceeds {tolerance:E1} at {_where}");

    public override string ToString() => $"{quantity}: worst {_worst:E3} at {_where}";
}
