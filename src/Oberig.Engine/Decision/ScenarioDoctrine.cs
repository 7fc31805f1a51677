using Oberig.BattleManagement.Doctrine;
using Oberig.BattleManagement.Evaluation;
using Oberig.Scenario.Catalog;
using Oberig.Scenario.Model;

namespace Oberig.Engine.Decision;

/// <summary>Overlays a scenario's <c>doctrine</c> settings on a doctrine: each field given replaces the default's.</summary>
public static class ScenarioDoctrine
{
    public static EngagementDoctrine Apply(EngagementDoctrine baseline, DoctrineSettings? settings)
    {
        if (settings is null) return baseline;
        var doctrine = baseline;
        if (settings.Firing is { } firing)
            doctrine = doctrine with { Firing = firing == FiringRule.ShootShoot ? FiringDoctrine.ShootShoot : FiringDoctrine.ShootLookShoot };
        if (settings.Salvo is { } salvo)
        {
            var s = doctrine.SalvoSize;
            doctrine = doctrine with
            {
                SalvoSize = new ThreatClassTable<int>(salvo.Unknown ?? s.Unknown, salvo.Drone ?? s.Drone, salvo.Cruise ?? s.Cruise,
                    salvo.Ballistic ?? s.Ballistic, salvo.Aircraft ?? s.Aircraft),
            };
        }
        if (settings.CostWeight is { } weight) doctrine = doctrine with { CostWeight = weight };
        if (settings.Reserve is { } reserve)
        {
            var table = new Dictionary<SystemKind, int>();
            foreach (var kind in Enum.GetValues<SystemKind>()) table[kind] = doctrine.ReserveFor(kind);
            if (reserve.LongRangeSam is { } lr) table[SystemKind.LongRangeSam] = lr;
            if (reserve.ShortRangeSam is { } sr) table[SystemKind.ShortRangeSam] = sr;
            if (reserve.Gun is { } gun) table[SystemKind.Gun] = gun;
            doctrine = doctrine with { ReserveShotsByKind = table };
        }
        if (settings.ReserveValueEur is { } threshold) doctrine = doctrine with { ReserveValueThresholdEur = threshold };
        return doctrine;
    }
}
