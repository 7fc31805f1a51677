using System.Globalization;
using Oberig.Core.Diagnostics;
using Oberig.Scenario.Loading;

namespace Oberig.Scenario.Catalog;

/// <summary>
/// Rules within one catalog entry that a schema cannot express: lower bounds not above upper bounds (an interceptor's
/// offset limit not above its maximum range); a fly-out table
/// only on a missile with a launch mass above its propellant mass, its drag table's Mach numbers increasing; an
/// evasive weave only on an air-breathing threat, starting before its dive and ending before its impact.
/// </summary>
internal static class CatalogConsistency
{
    public static void Check(ParsedDocument doc, string pointer, object entry, List<InputProblem> problems)
    {
        switch (entry)
        {
            case InterceptorType i:
                Ordered(i.MinRangeM, i.MaxRangeM, "min_range_m", "max_range_m");
                Ordered(i.MinAltitudeM, i.MaxAltitudeM, "min_altitude_m", "max_altitude_m");
                // An offset is a horizontal distance to a point the interceptor must reach, so a limit beyond the
                // maximum range never binds: more likely a slip (a wrong unit) than a figure meant.
                if (i.MaxOffsetM is { } offset) Ordered(offset, i.MaxRangeM, "max_offset_m", "max_range_m");
                if (i.Flyout is { } f) Flyout(i, f);
                break;
            case SensorType s:
                Ordered(s.MinElevationDeg, s.MaxElevationDeg, "min_elevation_deg", "max_elevation_deg");
                break;
            case ThreatType { Evasive: { } weave } t:
                Evasive(t, weave);
                break;
        }

        void Evasive(ThreatType t, EvasiveWeave weave)
        {
            var at = JsonPointerText.Append(pointer, "evasive");
            if (t.Kind == ThreatKind.BallisticMissile)
            {
                problems.Add(doc.Problem(at, "a ballistic missile cannot weave: its flight is a solved ballistic arc onto the aim point, with no cruise to weave across (allowed: drone, decoy and cruise_missile)"));
                return;
            }
            // The weave is flown in cruise; one that started inside the dive range would never be flown.
            if (!(weave.FromRangeM > t.TerminalDiveRangeM))
                problems.Add(doc.Problem(JsonPointerText.Append(at, "from_range_m"), string.Create(CultureInfo.InvariantCulture, $"{weave.FromRangeM} is not more than terminal_dive_range_m {t.TerminalDiveRangeM} (allowed: more than terminal_dive_range_m, so that the weave is flown before the dive)")));
            // The weave ends at the first whole period after the dive starts; the dive lasts at least
            // terminal_dive_range_m / terminal_speed_mps, so a shorter period ends the weave before the impact, on the
            // aim point.
            double shortestDiveS = t.TerminalDiveRangeM / t.TerminalSpeedMps;
            if (!(weave.WeavePeriodS < shortestDiveS))
                problems.Add(doc.Problem(JsonPointerText.Append(at, "weave_period_s"), string.Create(CultureInfo.InvariantCulture, $"{weave.WeavePeriodS} is not less than the shortest dive, {shortestDiveS:0.###} s (terminal_dive_range_m / terminal_speed_mps) (allowed: less, so that the last weave ends before the impact)")));
        }

        void Flyout(InterceptorType i, InterceptorFlyout f)
        {
            var at = JsonPointerText.Append(pointer, "flyout");
            if (i.MassKg is not { } mass)
                problems.Add(doc.Problem(at, "a fly-out table needs the interceptor's mass_kg (the launch mass)"));
            else if (f.PropellantMassKg >= mass)
                problems.Add(doc.Problem(JsonPointerText.Append(at, "propellant_mass_kg"), $"{f.PropellantMassKg} is not less than mass_kg {mass} (allowed: less than the launch mass)"));
            for (int k = 1; k < f.CdMach.Count; k++)
                if (!(f.CdMach[k][0] > f.CdMach[k - 1][0]))
                    problems.Add(doc.Problem(JsonPointerText.Append(JsonPointerText.Append(at, "cd_mach"), k), $"Mach {f.CdMach[k][0]} after {f.CdMach[k - 1][0]} (allowed: Mach increasing along the table)"));
        }

        void Ordered(double low, double high, string lowName, string highName)
        {
            if (low > high)
                problems.Add(doc.Problem(JsonPointerText.Append(pointer, lowName), $"{low} is more than {highName} {high} (allowed: at most {highName})"));
        }
    }
}
