namespace Oberig.Models.Effectors.Guidance;

/// <summary>
/// The adjoint of <see cref="LinearHomingLoop"/>'s single-lag engagement (Zarchan, Tactical and Strategic Missile
/// Guidance, ch. 3): one backward run, in time-to-go, gives the miss for every flight time at once — the miss per
/// unit heading-error input (−VM·HE) and per unit step target manoeuvre (nT).
/// </summary>
/// <remarks>
/// For ẋ = A(tgo)·x + e2·nT with x = (y, y', nL) and miss y(tF), the adjoint λ obeys dλ/dτ = Aᵀ(τ)·λ in
/// τ = time-to-go from λ(0) = e1; then y(tF) = λ(tF)ᵀ·x(0) + nT·∫₀^tF λ2 dτ. The coefficient N'/(T·τ²) is singular
/// at τ = 0 but λ3 ≈ −τ²/2 there, so integration starts at τ0 = 1e-6·T from that series. RK4 at a fixed step
/// (T/500 by default), cut to land on each requested flight time.
/// </remarks>
public static class LinearHomingAdjoint
{
    /// <summary>Normalised-ready misses at each flight time in <paramref name="flightTimesS"/> (any order).</summary>
    /// <param name="effectiveNavigationRatio">N', > 0.</param>
    /// <param name="timeConstantS">T, s, > 0 (the zero-lag adjoint is singular; use <see cref="LinearHomingLoop"/>).</param>
    /// <param name="flightTimesS">Flight times, s, each > 0.</param>
    /// <param name="stepFraction">RK4 step as a fraction of T.</param>
    public static AdjointMiss[] Run(double effectiveNavigationRatio, double timeConstantS, IReadOnlyList<double> flightTimesS, double stepFraction = 1.0 / 500)
    {
        ArgumentNullException.ThrowIfNull(flightTimesS);
        if (!(effectiveNavigationRatio > 0 && double.IsFinite(effectiveNavigationRatio)))
            throw new ArgumentOutOfRangeException(nameof(effectiveNavigationRatio), effectiveNavigationRatio, "N' must be finite and > 0");
        if (!(timeConstantS > 0 && double.IsFinite(timeConstantS)))
            throw new ArgumentOutOfRangeException(nameof(timeConstantS), timeConstantS, "the adjoint needs a lag T > 0 (finite); the zero-lag loop is LinearHomingLoop's");
        if (!(stepFraction > 0 && stepFraction <= 1)) throw new ArgumentOutOfRangeException(nameof(stepFraction), stepFraction, "must be in (0, 1]");
        foreach (double tf in flightTimesS)
            if (!(tf > 0 && double.IsFinite(tf))) throw new ArgumentOutOfRangeException(nameof(flightTimesS), tf, "every flight time must be finite and > 0");

        var order = Enumerable.Range(0, flightTimesS.Count).OrderBy(i => flightTimesS[i]).ToArray();
        var result = new AdjointMiss[flightTimesS.Count];
        double n = effectiveNavigationRatio, lag = timeConstantS, hMax = stepFraction * lag;
        double tau = 1e-6 * lag;
        // Series start: λ1 ≈ 1 − N'τ/(2T), λ2 ≈ τ, λ3 ≈ −τ²/2, ∫λ2 ≈ τ²/2.
        var s = new Adjoint(1 - n * tau / (2 * lag), tau, -tau * tau / 2, tau * tau / 2);
        foreach (int i in order)
        {
            double target = flightTimesS[i];
            while (tau < target)
            {
                double h = Math.Min(hMax, target - tau);
                s = Rk4(s, tau, h, n, lag);
                tau += h;
            }
            result[i] = new AdjointMiss(target, s.L2, s.IntegralL2);
        }
        return result;
    }

    private readonly record struct Adjoint(double L1, double L2, double L3, double IntegralL2)
    {
        public Adjoint Plus(Adjoint d, double k) => new(L1 + d.L1 * k, L2 + d.L2 * k, L3 + d.L3 * k, IntegralL2 + d.IntegralL2 * k);
    }

    private static Adjoint Derivative(Adjoint s, double tau, double n, double lag) => new(
        n * s.L3 / (lag * tau * tau),
        s.L1 + n * s.L3 / (lag * tau),
        -s.L2 - s.L3 / lag,
        s.L2);

    private static Adjoint Rk4(Adjoint s, double tau, double h, double n, double lag)
    {
        var k1 = Derivative(s, tau, n, lag);
        var k2 = Derivative(s.Plus(k1, h / 2), tau + h / 2, n, lag);
        var k3 = Derivative(s.Plus(k2, h / 2), tau + h / 2, n, lag);
        var k4 = Derivative(s.Plus(k3, h), tau + h, n, lag);
        return new Adjoint(
            s.L1 + h / 6 * (k1.L1 + 2 * k2.L1 + 2 * k3.L1 + k4.L1),
            s.L2 + h / 6 * (k1.L2 + 2 * k2.L2 + 2 * k3.L2 + k4.L2),
            s.L3 + h / 6 * (k1.L3 + 2 * k2.L3 + 2 * k3.L3 + k4.L3),
            s.IntegralL2 + h / 6 * (k1.IntegralL2 + 2 * k2.IntegralL2 + 2 * k3.IntegralL2 + k4.IntegralL2));
    }
}

/// <summary>
/// Misses of one flight time from the adjoint run: <see cref="PerHeadingErrorS"/>·(−VM·HE) is the heading-error miss,
/// m; <see cref="PerManoeuvreS2"/>·nT the step-manoeuvre miss, m.
/// </summary>
public readonly record struct AdjointMiss(double FlightTimeS, double PerHeadingErrorS, double PerManoeuvreS2);
