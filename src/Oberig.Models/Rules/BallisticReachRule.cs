using Oberig.Core.Geodesy;
using Oberig.Models.Threats;
using Oberig.Scenario.Catalog;
using Oberig.Scenario.Model;
using Oberig.Scenario.Rules;

namespace Oberig.Models.Rules;

/// <summary>
/// A ballistic raid's aim point must be within what its missile's burnout speed and drag can reach. The file's
/// range_m cannot tell (it is a published figure, not the model's reach), so this flies the model: from the launch
/// disc's centre and from its point farthest from the aim, the worst case of the scatter.
/// </summary>
public sealed class BallisticReachRule : IScenarioRule
{
    public void Check(ScenarioDefinition scenario, ScenarioLocator report)
    {
        var flights = ThreatFlightFactory.For(scenario.Settings);
        for (int i = 0; i < scenario.Raids.Count; i++)
        {
            var raid = scenario.Raids[i];
            if (raid.Threat.Kind != ThreatKind.BallisticMissile) continue;
            foreach (var launch in WorstLaunchPoints(raid))
            {
                try
                {
                    flights.SolveBallistic(raid.Threat, launch, raid.AimPoint);
                }
                catch (ArgumentException e)
                {
                    report.Raid(i, "launch", $"the missile cannot reach its aim point: {e.Message} " +
                        "(allowed: a launch point within the missile's reach; move it closer, or override burnout_speed_mps " +
                        "or ballistic_coefficient_kg_per_m2)");
                    break;
                }
            }
        }
    }

    private static IEnumerable<Geodetic> WorstLaunchPoints(Raid raid)
    {
        var centre = raid.Launch.Center;
        yield return centre;
        if (raid.Launch.RadiusM <= 0) yield break;
        var frame = new LocalFrame(centre);
        var toAim = frame.ToEnu(raid.AimPoint);
        double horizontal = Math.Sqrt(toAim.East * toAim.East + toAim.North * toAim.North);
        if (horizontal <= 0) yield break;
        double k = -raid.Launch.RadiusM / horizontal;
        yield return frame.ToGeodetic(new Enu(toAim.East * k, toAim.North * k, 0)).WithHeight(centre.HeightM);
    }
}
