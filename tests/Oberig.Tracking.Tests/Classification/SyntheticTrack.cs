using Oberig.Core.Random;
using Oberig.Core.Time;
using Oberig.Tracking.State;

namespace Oberig.Tracking.Tests.Classification;

/// <summary>A kinematic truth at a time: position (m, ENU) and velocity (m/s).</summary>
internal readonly record struct Kinematics(double X, double Y, double Z, double Vx, double Vy, double Vz);

/// <summary>
/// Track estimates built independently of any filter: the truth of a flight profile plus an error drawn (seeded) from
/// the estimate's own covariance, which shrinks over the first scans the way a two-point-initiated track's does
/// (velocity σ 60/k m/s at scan k, floored at 3 m/s; position σ 30 m horizontally and <paramref name="heightSigma"/>
/// vertically). The estimate is thus consistent with its covariance, as a well-tuned filter's would be.
/// </summary>
internal sealed class SyntheticTrack(Func<double, Kinematics> truth, ulong seed, double heightSigma = 50, double scanPeriod = 1)
{
    private readonly RandomStream _rng = new(seed);
    private readonly GaussianState _state = new(6);
    private int _scan;

    public static double VelocitySigma(int scan) => Math.Max(3.0, 60.0 / scan);

    /// <summary>The estimate at the next scan (the same object, overwritten: as a tracker would hand it over).</summary>
    public GaussianState Next()
    {
        _scan++;
        double t = _scan * scanPeriod;
        var k = truth(t);
        double sv = VelocitySigma(_scan);
        Span<double> sd = [30, sv, 30, sv, heightSigma, sv];
        Span<double> mean = [k.X, k.Vx, k.Y, k.Vy, k.Z, k.Vz];
        Span<double> variances = stackalloc double[6];
        for (int i = 0; i < 6; i++)
        {
            _state.Mean[i] = mean[i] + sd[i] * _rng.NextGaussian();
            variances[i] = sd[i] * sd[i];
        }
        _state.SetDiagonalCovariance(variances);
        _state.Time = SimTime.FromSeconds(t);
        return _state;
    }

    // Typical profiles (notional, in the spirit of catalog/threats.yaml).

    /// <summary>Level flight at constant velocity.</summary>
    public static Func<double, Kinematics> Level(double groundSpeed, double height, double headingDeg = 30) => t =>
    {
        double h = headingDeg * Math.PI / 180, vx = groundSpeed * Math.Sin(h), vy = groundSpeed * Math.Cos(h);
        return new(vx * t, vy * t, height, vx, vy, 0);
    };

    /// <summary>Level flight along +x whose speed ramps linearly from <paramref name="from"/> to <paramref name="to"/> m/s
    /// between <paramref name="start"/> and <paramref name="end"/> s.</summary>
    public static Func<double, Kinematics> SpeedChange(double from, double to, double start, double end, double height) => t =>
    {
        double a = (to - from) / (end - start);
        double tr = Math.Clamp(t, start, end);
        double x = from * Math.Min(t, start) + from * (tr - start) + 0.5 * a * (tr - start) * (tr - start) + to * Math.Max(0, t - end);
        return new(x, 0, height, from + a * (tr - start), 0, 0);
    };

    /// <summary>A level coordinated turn at a constant lateral acceleration (m/s²).</summary>
    public static Func<double, Kinematics> Turning(double groundSpeed, double height, double acceleration) => t =>
    {
        double w = acceleration / groundSpeed, a = w * t;
        return new(groundSpeed / w * Math.Sin(a), groundSpeed / w * (1 - Math.Cos(a)), height,
            groundSpeed * Math.Cos(a), groundSpeed * Math.Sin(a), 0);
    };

    /// <summary>A straight descent (ballistic mid-course to terminal): constant ground speed and vertical speed.</summary>
    public static Func<double, Kinematics> Descending(double groundSpeed, double startHeight, double verticalSpeed) => t =>
        new(groundSpeed * t, 0, startHeight + verticalSpeed * t, groundSpeed, 0, verticalSpeed);

    public static Func<double, Kinematics> Drone => Level(50, 1_000);                        // shahed-136 cruise
    public static Func<double, Kinematics> CruiseMissile => Level(230, 60);                  // kh-101 cruise
    public static Func<double, Kinematics> BallisticMissile => Descending(1_500, 45_000, -700); // iskander-m descent
    public static Func<double, Kinematics> Aircraft => Turning(220, 8_000, 30);              // a 3 g turn at 8 km
}
