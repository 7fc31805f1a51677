using Oberig.Core.Geodesy;
using Oberig.Models.Threats;
using Oberig.Scenario.Catalog;
using Oberig.Scenario.Model;

namespace Oberig.Models.Tests.Threats;

public class ThreatFlightFactoryTests
{
    private static readonly Geodetic Launch = new(50, 30, 0);

    [Theory]
    [InlineData(ThreatKind.Drone)]
    [InlineData(ThreatKind.Decoy)]
    [InlineData(ThreatKind.CruiseMissile)]
    public void AirBreathingThreatsFlyWaypoints(ThreatKind kind)
    {
        var flight = new ThreatFlightFactory().Create(TestThreats.Drone() with { Kind = kind }, Launch, [], new Geodetic(50.5, 30, 0));
        Assert.IsType<WaypointFlight>(flight);
        Assert.Equal(FlightPhase.Cruise, flight.Phase);
    }

    [Fact]
    public void AnEvasiveTypeWeavesAroundTheSameWaypointFlightAndOneWithoutFliesItBare()
    {
        var factory = new ThreatFlightFactory();
        var aim = new Geodetic(50.5, 30, 0);
        var weaving = Assert.IsType<WeavingFlight>(factory.Create(TestThreats.CruiseMissile(), Launch, [], aim));
        Assert.Equal(WaypointFlightParameters.From(TestThreats.CruiseMissile()), weaving.Base.Parameters);
        Assert.Equal(aim, weaving.Base.AimPoint);
        Assert.Equal(3 * WeaveParameters.G0, weaving.Weave.AccelerationMps2);
        Assert.Equal(6, weaving.Weave.PeriodS);
        Assert.Equal(20_000, weaving.Weave.FromRangeM);

        var straight = factory.Create(TestThreats.CruiseMissile() with { Evasive = null }, Launch, [], aim);
        Assert.IsType<WaypointFlight>(straight);
        Assert.Equal(weaving.State, straight.State);
    }

    [Fact]
    public void ABallisticMissileWithAWeaveIsRefused()
    {
        var weave = TestThreats.CruiseMissile().Evasive;
        var e = Assert.Throws<ArgumentException>(() =>
            new ThreatFlightFactory().Create(TestThreats.Ballistic() with { Evasive = weave }, Launch, [], new Geodetic(51, 30, 0)));
        Assert.Contains("test-srbm", e.Message, StringComparison.Ordinal);
        Assert.Contains("cannot weave", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void BallisticMissilesFlyASolvedLoftAndTheSolutionIsCached()
    {
        var factory = new ThreatFlightFactory();
        var aim = new Geodetic(51.5, 31, 0);
        var a = factory.Create(TestThreats.Ballistic(), Launch, [], aim);
        var b = factory.Create(TestThreats.Ballistic(), Launch, [], aim);
        Assert.IsType<BallisticFlight>(a);
        Assert.Equal(FlightPhase.Boost, a.Phase);
        Assert.Equal(1, factory.CachedSolutions);
        Assert.Equal(((BallisticFlight)a).LaunchElevationDeg, ((BallisticFlight)b).LaunchElevationDeg);
    }

    [Fact]
    public void OutOfReachNamesTheThreat()
    {
        var e = Assert.Throws<ArgumentException>(() =>
            new ThreatFlightFactory().Create(TestThreats.Ballistic(), Launch, [], new Geodetic(56, 30, 0)));
        Assert.Contains("test-srbm", e.Message, StringComparison.Ordinal);
        Assert.Contains("out of reach", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void MissingBallisticFiguresAreReported()
    {
        var e = Assert.Throws<ArgumentException>(() =>
            new ThreatFlightFactory().Create(TestThreats.Ballistic() with { BurnTimeS = null }, Launch, [], new Geodetic(51, 30, 0)));
        Assert.Contains("burn_time_s", e.Message, StringComparison.Ordinal);
    }
}
