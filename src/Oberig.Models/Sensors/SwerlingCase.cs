namespace Oberig.Models.Sensors;

/// <summary>
/// Swerling's target fluctuation models (Swerling 1954, 1960). The RCS is either steady (case 0, also called case 5)
/// or drawn from a chi-square law with 2 (cases 1, 2: many equal scatterers, exponential power) or 4 (cases 3, 4: one
/// dominant scatterer plus many small) degrees of freedom; cases 1 and 3 draw once per dwell (scan to scan),
/// cases 2 and 4 once per pulse.
/// </summary>
public enum SwerlingCase
{
    /// <summary>Steady (non-fluctuating) target.</summary>
    Swerling0 = 0,
    /// <summary>Exponential power, constant over the dwell, independent from dwell to dwell.</summary>
    Swerling1 = 1,
    /// <summary>Exponential power, independent from pulse to pulse.</summary>
    Swerling2 = 2,
    /// <summary>Chi-square power with 4 degrees of freedom, constant over the dwell.</summary>
    Swerling3 = 3,
    /// <summary>Chi-square power with 4 degrees of freedom, independent from pulse to pulse.</summary>
    Swerling4 = 4,
}

/// <summary>How a detection probability or a required SNR is computed.</summary>
public enum DetectionMethod
{
    /// <summary>Albersheim's (1981) closed-form fit: steady target, linear detector, noncoherent integration.</summary>
    Albersheim,
    /// <summary>Shnidman's (2002) closed-form fit: Swerling 0-4, square-law detector, noncoherent integration.</summary>
    Shnidman,
    /// <summary>The exact square-law detector statistics (incomplete gamma functions and Marcum's Q).</summary>
    Exact,
}
