using Oberig.Core.Diagnostics;
using Oberig.Scenario.Loading;

namespace Oberig.Scenario.Catalog;

/// <summary>
/// Rules within one catalog entry that a schema cannot express: lower bounds not above upper bounds (an interceptor's
/// offset limit not above its maximum range); a fly-out table
/// only on a missile with a launch mass above its propellant mass, its drag table's Mach numbers increasing.
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
