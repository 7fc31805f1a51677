using Oberig.Core.Diagnostics;
using Oberig.Scenario.Loading;

namespace Oberig.Scenario.Catalog;

/// <summary>Rules within one catalog entry that a schema cannot express: lower bounds not above upper bounds.</summary>
internal static class CatalogConsistency
{
    public static void Check(ParsedDocument doc, string pointer, object entry, List<InputProblem> problems)
    {
        switch (entry)
        {
            case InterceptorType i:
                Ordered(i.MinRangeM, i.MaxRangeM, "min_range_m", "max_range_m");
                Ordered(i.MinAltitudeM, i.MaxAltitudeM, "min_altitude_m", "max_altitude_m");
                break;
            case SensorType s:
                Ordered(s.MinElevationDeg, s.MaxElevationDeg, "min_elevation_deg", "max_elevation_deg");
                break;
        }

        void Ordered(double low, double high, string lowName, string highName)
        {
            if (low > high)
                problems.Add(doc.Problem(JsonPointerText.Append(pointer, lowName), $"{low} is more than {highName} {high} (allowed: at most {highName})"));
        }
    }
}
