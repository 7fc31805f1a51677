using Oberig.Core.Numerics;
using Oberig.Core.Random;
using Oberig.Models.Effectors.Flight;
using Oberig.Models.Effectors.Fuze;
using Oberig.Models.Effectors.Guidance;
using Oberig.Models.Effectors.Tables;
using Oberig.Scenario.Catalog;

namespace Oberig.Models.Effectors.Engagement;

/// <summary>
/// One interceptor type as a battery fires it: its airframe and warhead (with the missile's reliability) from the
/// catalog's fly-out data, the fly-out table the battle manager plans with, and the guidance the table assumed —
/// true proportional navigation with gravity compensation, on the fire-control track in midcourse and on the seeker
/// after lock (a seekerless missile: on its launcher's precision tracker to the end) — with
/// <see cref="SingleEngagement"/>'s notional sensor noise, tracking filter and flight-control lag. The engine flies
/// its missiles with it and the kill-probability table is flown with it, so the planner's Pk is the engine's.
/// </summary>
public sealed class MissileModel
{
    private MissileModel(InterceptorType type, double trackUpdatePeriodS)
    {
        Type = type;
        Airframe = CatalogAirframe.From(type);
        Kill = CatalogAirframe.KillFunction(type);
        Table = FlyoutTable.For(type);
        Homing = FlyoutTable.HomingLaw(Airframe, FlyoutTableOptions.Default);
        Guidance = SingleEngagement.WithNotionalSensors(CatalogAirframe.Guidance(type, Homing, Homing)) with
        {
            TrackUpdatePeriodS = trackUpdatePeriodS,
        };
        Flight = InterceptorFlightOptions.Default with
        {
            StepS = FlyoutTableOptions.Default.StepS,
            MaxTimeOfFlightS = FlyoutTableOptions.Default.MaxTimeOfFlightS,
            AutopilotTimeConstantS = SingleEngagement.AutopilotTimeConstantS,
        };
    }

    public InterceptorType Type { get; }
    public InterceptorAirframe Airframe { get; }
    /// <summary>The warhead's kill function, its peak the missile's reliability.</summary>
    public IKillFunction Kill { get; }
    public FlyoutTable Table { get; }
    public IGuidanceLaw Homing { get; }
    /// <summary>Guidance with the homing law in both phases; a launch swaps in its lofted midcourse.</summary>
    public GuidanceComputerOptions Guidance { get; }
    /// <summary>Flight settings over the mean earth; a launch moves them to its launcher's latitude.</summary>
    public InterceptorFlightOptions Flight { get; }

    /// <summary>Whether <paramref name="type"/> can be flown: a missile with fly-out data and a launch mass.</summary>
    public static bool CanFly(InterceptorType type) =>
        type is not null && type.Kind == InterceptorKind.Missile && type.Flyout is not null && type.MassKg is not null;

    /// <summary>The model of <paramref name="type"/>, or null when it cannot be flown (a gun round, or a missile the
    /// catalog gives no fly-out data).</summary>
    /// <param name="trackUpdatePeriodS">How often a fresh fire-control track reaches the missile in midcourse, s.</param>
    public static MissileModel? TryCreate(InterceptorType type, double trackUpdatePeriodS) =>
        CanFly(type) ? new MissileModel(type, trackUpdatePeriodS) : null;

    /// <summary>
    /// A missile launched from <paramref name="launch"/> towards the planned <paramref name="interceptPoint"/> (both in
    /// the frame of <paramref name="flight"/>'s earth, launcher at the origin), lofted as the fly-out table flew there,
    /// at <paramref name="target"/>. In midcourse it flies on <paramref name="uplink"/> when given, else on the truth
    /// with <paramref name="guidance"/>'s drawn track error.
    /// </summary>
    public InterceptorFlight Launch(InterceptorFlightOptions flight, GuidanceComputerOptions guidance, Vec3 launch, Vec3 interceptPoint,
        ITargetMotion target, RandomStream random, IUplinkTrack? uplink = null)
    {
        ArgumentNullException.ThrowIfNull(flight);
        ArgumentNullException.ThrowIfNull(guidance);
        double loft = Table.LoftNear(flight.Earth.GroundRangeM(interceptPoint), flight.Earth.HeightAbove(interceptPoint));
        var options = FlyoutTableOptions.Default;
        // Half the top speed stands in for the missile's speed while it is slow off the rail (as SingleEngagement's lead).
        var midcourse = FlyoutTable.Midcourse(Homing, loft, options, 0.5 * Type.MaxSpeedMps);
        var computer = new GuidanceComputer(guidance with { Midcourse = midcourse }, random, uplink);
        return new InterceptorFlight(Airframe, launch, FlyoutTable.LaunchDirection(interceptPoint, loft, options), computer, target, flight);
    }
}
