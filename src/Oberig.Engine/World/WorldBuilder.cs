using Oberig.Core.Diagnostics;
using Oberig.Core.Geodesy;
using Oberig.Core.Random;
using Oberig.Models.Damage;
using Oberig.Models.Threats;
using Oberig.Scenario.Model;

namespace Oberig.Engine.World;

/// <summary>
/// Builds the world of one replication. Everything random is drawn here or later from streams keyed by
/// (seed, replication, component), so a replication is a pure function of (scenario, seed, index).
/// </summary>
public static class WorldBuilder
{
    public static SimulationWorld Build(ScenarioDefinition scenario, ulong seed, int replication, ThreatFlightFactory? flights = null)
    {
        flights ??= ThreatFlightFactory.For(scenario.Settings);
        var threats = new List<ThreatEntity>();
        var order = new List<(double Time, int Raid, int Number)>();
        var pending = new List<(Raid Raid, int Number, Geodetic Launch)>();

        for (int r = 0; r < scenario.Raids.Count; r++)
        {
            var raid = scenario.Raids[r];
            var random = RandomStreams.For(seed, replication, "launch:" + raid.Id);
            for (int n = 0; n < raid.Count; n++)
            {
                var launch = LaunchPointSampler.Sample(raid.Launch, random);
                order.Add(((raid.FirstLaunch + raid.Spacing * n).Seconds, r, n));
                pending.Add((raid, n, launch));
            }
        }

        // Launch order (time, raid, number) is total, so the sort is deterministic.
        var indices = Enumerable.Range(0, order.Count)
            .OrderBy(i => order[i].Time).ThenBy(i => order[i].Raid).ThenBy(i => order[i].Number)
            .ToArray();
        foreach (int i in indices)
        {
            var (raid, number, launch) = pending[i];
            threats.Add(new ThreatEntity
            {
                Index = threats.Count,
                Id = $"{raid.Id}#{number + 1}",
                Raid = raid,
                LaunchTime = raid.FirstLaunch + raid.Spacing * number,
                LaunchPoint = launch,
                Flight = CreateFlight(flights, raid, launch),
            });
        }

        var sensors = Radars(scenario);
        return new SimulationWorld(threats.Count)
        {
            Scenario = scenario,
            Replication = replication,
            Seed = seed,
            Frame = CommonFrame(scenario.Area),
            Sensors = sensors,
            Threats = threats,
            Damage = new AssetDamageLedger(scenario.Assets),
            FireUnits = [.. scenario.FireUnits.Select((u, i) => new WorldFireUnit(i, u, sensors.First(s => s.FireUnit == i).Index))],
        };
    }

    private static IThreatFlight CreateFlight(ThreatFlightFactory flights, Raid raid, Geodetic launch)
    {
        try
        {
            return flights.Create(raid.Threat, launch, raid.Route, raid.AimPoint);
        }
        catch (ArgumentException ex)
        {
            // The validator rejects routes beyond the threat's range; this catches what only flight physics can tell.
            throw new InputException(new InputProblem("scenario", 0, $"raids.{raid.Id}", ex.Message));
        }
    }

    /// <summary>ENU at the centre of the scenario area, on the ellipsoid.</summary>
    public static LocalFrame CommonFrame(GeoArea area) =>
        new(new Geodetic((area.SouthDeg + area.NorthDeg) / 2, (area.WestDeg + area.EastDeg) / 2, 0));

    /// <summary>The scenario's sensors, then each fire unit's own fire-control radar at the unit's site.</summary>
    public static IReadOnlyList<WorldSensor> Radars(ScenarioDefinition scenario)
    {
        var radars = new List<WorldSensor>();
        foreach (var s in scenario.Sensors) radars.Add(new WorldSensor(radars.Count, s.Id, s.Type, s.Site, -1));
        for (int u = 0; u < scenario.FireUnits.Count; u++)
        {
            var unit = scenario.FireUnits[u];
            radars.Add(new WorldSensor(radars.Count, unit.Id + "/radar", unit.FireControlRadar, unit.Site, u));
        }
        return radars;
    }
}
