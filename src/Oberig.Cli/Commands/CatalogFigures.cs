using System.Globalization;
using Oberig.Scenario.Catalog;

namespace Oberig.Cli.Commands;

/// <summary>The few numbers that tell catalog entries apart at a glance, in the units people quote them in.</summary>
internal static class CatalogFigures
{
    public static string Of(object entry) => entry switch
    {
        ThreatType t => F($"{t.CruiseSpeedMps:N0} m/s, {t.CruiseAltitudeM:N0} m, range {t.RangeM / 1000:N0} km, RCS {t.RcsM2:G3} m², EUR {t.UnitCostEur:N0}{Weave(t)}"),
        SensorType s => F($"instrumented range {s.InstrumentedRangeM / 1000:N0} km, scan {s.ScanPeriodS:G3} s"),
        InterceptorType i => F($"range {i.MinRangeM / 1000:0.#}-{i.MaxRangeM / 1000:N0} km, altitude {i.MinAltitudeM:N0}-{i.MaxAltitudeM:N0} m, {Offset(i)}{i.MaxSpeedMps:N0} m/s, EUR {i.UnitCostEur:N0}"),
        SystemType y => F($"{y.Interceptor}, {y.Launchers} launchers x {y.RoundsPerLauncher} rounds, {y.FireChannels} channels"),
        _ => "",
    };

    // Shown only where catalogued: most entries have no offset limit, and "no limit" on every row would be noise.
    private static string Offset(InterceptorType i) => i.MaxOffsetM is double m ? F($"offset {m / 1000:0.#} km, ") : "";

    // Shown only where catalogued, as the offset: most threats fly straight.
    private static string Weave(ThreatType t) =>
        t.Evasive is { } e ? F($", weave {e.WeaveG:0.#} g / {e.WeavePeriodS:0.#} s from {e.FromRangeM / 1000:0.#} km") : "";

    private static string F(FormattableString s) => s.ToString(CultureInfo.InvariantCulture);
}
