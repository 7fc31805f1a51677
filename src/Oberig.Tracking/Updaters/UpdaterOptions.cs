using Oberig.Tracking.LinearAlgebra;

namespace Oberig.Tracking.Updaters;

/// <summary>How an updater forms the posterior covariance.</summary>
/// <param name="JosephForm">Use the Joseph form P⁺ = (I − KH) P (I − KH)ᵀ + K R Kᵀ, symmetric and positive definite
/// for any gain, where H is available (Kalman, extended). Default true. The unscented updater, without H, always
/// uses P⁺ = P − K S Kᵀ followed by symmetrisation and the counted repair.</param>
/// <param name="Repair">How a covariance that is not positive definite is repaired; default <see cref="CovarianceRepairOptions.Default"/>.</param>
public sealed record UpdaterOptions(bool JosephForm = true, CovarianceRepairOptions? Repair = null)
{
    public static readonly UpdaterOptions Default = new();

    public CovarianceRepairOptions RepairOrDefault => Repair ?? CovarianceRepairOptions.Default;
}
