using Oberig.Scenario.Catalog;

namespace Oberig.Models.Tests.Threats;

internal static class TestThreats
{
    private static readonly Dictionary<string, string> Notional = new() { ["all"] = "notional (test)" };

    /// <summary>A Shahed-136-class drone (notional figures).</summary>
    public static ThreatType Drone(double terminalDiveRangeM = 2_000) => new()
    {
        Id = "test-drone", Name = "test drone", Kind = ThreatKind.Drone,
        CruiseSpeedMps = 50, TerminalSpeedMps = 70, CruiseAltitudeM = 1_000, TerminalDiveRangeM = terminalDiveRangeM,
        MaxClimbRateMps = 5, MaxTurnRateDegPerS = 3, RangeM = 2_000_000, RcsM2 = 0.1, UnitCostEur = 50_000,
        WarheadKg = 50, DamageFraction = 0.2, Sources = Notional,
    };

    /// <summary>A Kh-101-class cruise missile (notional figures), weaving with 3 g over 6 s from 20 km unless told.</summary>
    public static ThreatType CruiseMissile(EvasiveWeave? evasive = null) => new()
    {
        Id = "test-cruise", Name = "test cruise missile", Kind = ThreatKind.CruiseMissile,
        CruiseSpeedMps = 200, TerminalSpeedMps = 250, CruiseAltitudeM = 50, TerminalDiveRangeM = 3_000,
        MaxClimbRateMps = 30, MaxTurnRateDegPerS = 5, RangeM = 2_800_000, RcsM2 = 0.05, UnitCostEur = 11_000_000,
        WarheadKg = 400, DamageFraction = 0.1, Sources = Notional,
        Evasive = evasive ?? new EvasiveWeave { WeaveG = 3, WeavePeriodS = 6, FromRangeM = 20_000 },
    };

    /// <summary>An Iskander-class ballistic missile: burn 20 s, burnout 2,100 m/s, β 5,000 kg/m² (catalog-like, notional).</summary>
    public static ThreatType Ballistic(double beta = 5_000) => new()
    {
        Id = "test-srbm", Name = "test SRBM", Kind = ThreatKind.BallisticMissile,
        CruiseSpeedMps = 1_500, TerminalSpeedMps = 1_000, CruiseAltitudeM = 0, TerminalDiveRangeM = 0,
        MaxClimbRateMps = 1, MaxTurnRateDegPerS = 1, RangeM = 500_000, RcsM2 = 0.5, UnitCostEur = 3_000_000,
        WarheadKg = 480, DamageFraction = 0.5, BurnTimeS = 20, BurnoutSpeedMps = 2_100, BallisticCoefficientKgPerM2 = beta,
        Sources = Notional,
    };
}
