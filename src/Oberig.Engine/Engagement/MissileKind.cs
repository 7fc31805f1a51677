using Oberig.Models.Effectors.Engagement;
using Oberig.Models.Effectors.Flight;
using Oberig.Models.Effectors.Fuze;
using Oberig.Models.Effectors.Guidance;
using Oberig.Models.Effectors.Tables;
using Oberig.Scenario.Catalog;

namespace Oberig.Engine.Engagement;

/// <summary>
/// What the engine needs to fly one interceptor type: its airframe and warhead from the catalog's fly-out data, the
/// fly-out table the battle manager planned with (for the loft the table flew to each point), and the guidance the
/// table assumed — true proportional navigation with gravity compensation, on the uplinked track in midcourse and on
/// the seeker after lock.
/// </summary>
/// <remarks>
/// Seeker noise (angle, glint, range), its tracking filter's manoeuvre level and the flight control system's lag are <see cref="SingleEngagement"/>'s notional figures, so
/// <c>oberig engage</c> and the engine fly the same missile; the track's error is the real tracker's, not a drawn one.
/// </remarks>
internal sealed class MissileKind
{
    private MissileKind(InterceptorType type, double trackUpdatePeriodS)
    {
        Airframe = CatalogAirframe.From(type);
        Kill = CatalogAirframe.KillFunction(type);
        Table = FlyoutTable.For(type);
        Homing = FlyoutTable.HomingLaw(Airframe, FlyoutTableOptions.Default);
        Guidance = CatalogAirframe.Guidance(type, Homing, Homing) with
        {
            SeekerAngleSigmaRad = SingleEngagement.SeekerAngleSigmaRad,
            SeekerGlintSigmaM = SingleEngagement.SeekerGlintSigmaM,
            SeekerRangeSigmaM = SingleEngagement.SeekerRangeSigmaM,
            SeekerFilterManeuverMps2 = SingleEngagement.SeekerFilterManeuverMps2,
            TrackUpdatePeriodS = trackUpdatePeriodS,
        };
        Flight = InterceptorFlightOptions.Default with
        {
            StepS = FlyoutTableOptions.Default.StepS,
            MaxTimeOfFlightS = FlyoutTableOptions.Default.MaxTimeOfFlightS,
            AutopilotTimeConstantS = SingleEngagement.AutopilotTimeConstantS,
        };
    }

    public InterceptorAirframe Airframe { get; }
    public IKillFunction Kill { get; }
    public FlyoutTable Table { get; }
    public IGuidanceLaw Homing { get; }
    /// <summary>Guidance with the homing law in both phases; a flight swaps in its lofted midcourse.</summary>
    public GuidanceComputerOptions Guidance { get; }
    public InterceptorFlightOptions Flight { get; }

    /// <summary>The kind of <paramref name="type"/>, or null when it cannot be flown (a gun round, or a missile the
    /// catalog gives no fly-out data): such rounds are resolved with the planned kill probability instead.</summary>
    public static MissileKind? TryCreate(InterceptorType type, double trackUpdatePeriodS) =>
        type.Kind == InterceptorKind.Missile && type.Flyout is not null && type.MassKg is not null
            ? new MissileKind(type, trackUpdatePeriodS)
            : null;
}
