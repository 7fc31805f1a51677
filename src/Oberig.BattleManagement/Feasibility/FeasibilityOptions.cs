using Oberig.Core.Geodesy;

namespace Oberig.BattleManagement.Feasibility;

/// <summary>Options of <see cref="EngagementFeasibility"/>. Documented defaults, validated once at the edge.</summary>
public sealed record FeasibilityOptions
{
    public static FeasibilityOptions Default { get; } = new();

    /// <summary>Whether only fire-control-quality tracks may be engaged. Default true.</summary>
    public bool RequireFireControlTrack { get; init; } = true;

    /// <summary>Time from an intercept to the kill assessment that decides a second shot, s. Default 5 s (notional:
    /// a few radar looks at the debris).</summary>
    public double KillAssessmentDelayS { get; init; } = 5;

    /// <summary>The sphere of the frame launchers and tracks are given in, its origin at sea level: an intercept's height
    /// for the altitude band is its height above it. Default the mean earth; <see cref="LocalSphere.Flat"/> reads the
    /// frame's z as height.</summary>
    public LocalSphere FrameEarth { get; init; } = LocalSphere.Mean;

    public IEnumerable<string> Problems()
    {
        if (!(KillAssessmentDelayS >= 0) || !double.IsFinite(KillAssessmentDelayS)) yield return $"kill_assessment_delay_s: {KillAssessmentDelayS} is not allowed (finite, at least 0)";
    }
}
