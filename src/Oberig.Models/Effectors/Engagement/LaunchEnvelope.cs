using Oberig.Scenario.Catalog;

namespace Oberig.Models.Effectors.Engagement;

/// <summary>One cell of a launch envelope: the threat's range and height at launch, and what the engagements gave.</summary>
public readonly record struct EnvelopeCell(double RangeM, double AltitudeM, double KillProbability, double ReachedFraction, double? MeanTimeOfFlightS);

/// <summary>
/// The launch envelope of an interceptor against a threat: <see cref="SingleEngagement"/> Monte Carlo over a grid of
/// the threat's ground range (from 0.5 km to 1.2 × the catalog max range) and height (from 50 m to 1.2 × the max
/// altitude) at launch, head-on (crossing 0) and straight (no weave). The kill probability is the mean over runs of
/// the kill function at each run's miss (0 where the flight never reached the target).
/// </summary>
public static class LaunchEnvelope
{
    public static IReadOnlyList<EnvelopeCell> Compute(InterceptorType interceptor, ThreatType threat, int rangePoints, int heightPoints, int runs, ulong seed)
    {
        ArgumentNullException.ThrowIfNull(interceptor);
        ArgumentNullException.ThrowIfNull(threat);
        if (rangePoints < 2) throw new ArgumentOutOfRangeException(nameof(rangePoints), rangePoints, "at least 2");
        if (heightPoints < 2) throw new ArgumentOutOfRangeException(nameof(heightPoints), heightPoints, "at least 2");
        var cells = new EnvelopeCell[rangePoints * heightPoints];
        double maxRange = 1.2 * interceptor.MaxRangeM, maxHeight = 1.2 * interceptor.MaxAltitudeM;
        // Cells are independent and each draws from its own streams (seeded by its index), so the result does not
        // depend on how the loop is spread over threads.
        Parallel.For(0, cells.Length, k =>
        {
            int i = k / heightPoints, j = k % heightPoints;
            double range = 500 + (maxRange - 500) * i / (rangePoints - 1);
            double height = 50 + (maxHeight - 50) * j / (heightPoints - 1);
            var results = SingleEngagement.Run(interceptor, threat, new EngagementSetup(range, height), runs, seed + (ulong)k * 1_000_003UL);
            var reached = results.Where(r => r.Flight.ReachedTarget).ToList();
            cells[k] = new EnvelopeCell(range, height, results.Average(r => r.KillProbability), (double)reached.Count / runs,
                reached.Count > 0 ? reached.Average(r => r.Flight.TimeS) : null);
        });
        return cells;
    }
}
