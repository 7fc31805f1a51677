namespace Oberig.Models.Threats;

/// <summary>
/// The closed form of an evasive weave across a mean path: lateral acceleration a·cos ωτ from τ = 0, so the offset
/// (a/ω²)(1 − cos ωτ) and the lateral speed (a/ω) sin ωτ both start at zero and return to zero every period. One place
/// for the threat model (<see cref="WeavingFlight"/>) and the interceptor's test targets to share.
/// </summary>
public static class WeaveMotion
{
    /// <summary>Offset, m, lateral speed, m/s, and lateral acceleration, m/s², at <paramref name="tauS"/> into the weave.</summary>
    public static (double Offset, double Speed, double Acceleration) At(double accelerationMps2, double omegaRadPerS, double tauS)
    {
        double a = accelerationMps2, w = omegaRadPerS;
        if (a == 0) return (0, 0, 0);
        (double sin, double cos) = Math.SinCos(w * tauS);
        return (a / (w * w) * (1 - cos), a / w * sin, a * cos);
    }
}
