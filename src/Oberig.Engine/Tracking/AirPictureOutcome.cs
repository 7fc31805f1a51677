namespace Oberig.Engine.Tracking;

/// <summary>
/// How good one replication's air picture was, against the truth sampled every <see cref="RadarTracking.MetricPeriodS"/>
/// seconds: mean GOSPA and OSPA (cut-off <see cref="RadarTracking.GospaCutoffM"/>, order 1, alpha 2) over the threats
/// in flight and the confirmed tracks, track breaks and identity swaps, threats that ever had a confirmed track and the
/// mean time from a threat's first appearance to it, confirmed tracks in all, and covariance repairs.
/// </summary>
public sealed record AirPictureOutcome(
    double MeanGospaM, double MeanOspaM, int ThreatsTracked, int TracksConfirmed, int TrackBreaks, int IdentitySwaps,
    double? MeanTimeToConfirmS, long CovarianceRepairs);
