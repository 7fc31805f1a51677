namespace Oberig.Models.Effectors.Guidance;

/// <summary>
/// The linearised homing engagement in one plane (Zarchan, Tactical and Strategic Missile Guidance, ch. 2-3): relative
/// position y normal to the initial line of sight, y'' = nT − nL, a line-of-sight rate λ' = (y + y'·tgo)/(Vc·tgo²),
/// a proportional navigation command nc = N'·Vc·λ', and a single-lag flight control system nL' = (nc − nL)/T (or
/// nL = nc when T is zero). Integrated forward in time to find the miss distance y(tF).
/// </summary>
/// <remarks>
/// Classical fixed-step fourth-order Runge-Kutta, with the step graded towards intercept: h = min(hMax, c·tgo).
/// The guidance gain grows like N'/tgo as time-to-go shrinks, so a plain fixed step either wastes steps early or
/// goes unstable in the last few; tying the step to tgo keeps every step a fixed small fraction of the loop's time
/// scale. Integration stops at tgo = <see cref="LinearHomingLoopOptions.FinalTimeToGoFraction"/>·tF, where the
/// command is singular, and the miss is extrapolated over that last sliver along the relative velocity.
/// </remarks>
public static class LinearHomingLoop
{
    /// <summary>Integrates one engagement and returns its miss distance and final command.</summary>
    public static LinearHomingResult Run(LinearHomingInputs inputs, LinearHomingLoopOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(inputs);
        inputs.Validate();
        options ??= LinearHomingLoopOptions.Default;
        options.Validate();

        double tF = inputs.FlightTimeS, lag = inputs.TimeConstantS;
        double hMax = options.MaxStepFraction * (lag > 0 ? Math.Min(lag, tF) : tF);
        double tEnd = tF * (1 - options.FinalTimeToGoFraction);
        // State: relative position y, relative velocity y', achieved acceleration nL (unused with zero lag).
        var s = new State(0, -inputs.InterceptorSpeedMps * inputs.HeadingErrorRad, 0);
        double t = 0;
        int steps = 0;
        while (t < tEnd)
        {
            double h = Math.Min(hMax, options.StepToTimeToGo * (tF - t));
            if (t + h > tEnd) h = tEnd - t;
            s = Rk4(inputs, s, t, h);
            t += h;
            steps++;
        }
        double tgo = tF - t;
        double miss = s.Y + s.YDot * tgo;
        double command = Command(inputs, s, t);
        return new LinearHomingResult(miss, command, steps);
    }

    private readonly record struct State(double Y, double YDot, double NL)
    {
        public State Plus(State d, double k) => new(Y + d.Y * k, YDot + d.YDot * k, NL + d.NL * k);
    }

    private static double Command(LinearHomingInputs p, State s, double t)
    {
        double tgo = p.FlightTimeS - t;
        double losRate = (s.Y + s.YDot * tgo) / (p.ClosingSpeedMps * tgo * tgo);
        return p.EffectiveNavigationRatio * p.ClosingSpeedMps * losRate;
    }

    private static State Derivative(LinearHomingInputs p, State s, double t)
    {
        double nc = Command(p, s, t);
        double nL = p.TimeConstantS > 0 ? s.NL : nc;
        double nLDot = p.TimeConstantS > 0 ? (nc - s.NL) / p.TimeConstantS : 0;
        return new State(s.YDot, p.TargetAccelerationMps2 - nL, nLDot);
    }

    private static State Rk4(LinearHomingInputs p, State s, double t, double h)
    {
        var k1 = Derivative(p, s, t);
        var k2 = Derivative(p, s.Plus(k1, h / 2), t + h / 2);
        var k3 = Derivative(p, s.Plus(k2, h / 2), t + h / 2);
        var k4 = Derivative(p, s.Plus(k3, h), t + h);
        return new State(
            s.Y + h / 6 * (k1.Y + 2 * k2.Y + 2 * k3.Y + k4.Y),
            s.YDot + h / 6 * (k1.YDot + 2 * k2.YDot + 2 * k3.YDot + k4.YDot),
            s.NL + h / 6 * (k1.NL + 2 * k2.NL + 2 * k3.NL + k4.NL));
    }
}
