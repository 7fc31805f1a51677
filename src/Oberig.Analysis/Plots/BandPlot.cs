using ScottPlot;

namespace Oberig.Analysis.Plots;

/// <summary>One series of a <see cref="BandPlot"/>: its mean by day (or month) and the band around it.</summary>
public sealed record BandSeries(string Name, IReadOnlyList<double> Mean, IReadOnlyList<double> Low, IReadOnlyList<double> High);

/// <summary>
/// Time series with their 95 % bands (a shaded fill between low and high, the mean as a line), written as PNG or SVG
/// by the file's extension: stocks over a campaign's days, leakers per night.
/// </summary>
public static class BandPlot
{
    public static void Save(string path, string title, string xLabel, string yLabel, IReadOnlyList<BandSeries> series, int width = 1000, int height = 560)
    {
        ArgumentNullException.ThrowIfNull(series);
        var plot = new Plot();
        var palette = new ScottPlot.Palettes.Category10();
        for (int k = 0; k < series.Count; k++)
        {
            var s = series[k];
            double[] xs = [.. Enumerable.Range(0, s.Mean.Count).Select(i => (double)i)];
            var color = palette.GetColor(k);
            var fill = plot.Add.FillY(xs, [.. s.Low], [.. s.High]);
            fill.FillColor = color.WithAlpha(0.25);
            fill.LineWidth = 0;
            var line = plot.Add.ScatterLine(xs, [.. s.Mean]);
            line.Color = color;
            line.LineWidth = 2;
            line.LegendText = s.Name;
        }
        plot.Title(title);
        plot.XLabel(xLabel);
        plot.YLabel(yLabel);
        plot.ShowLegend(Alignment.UpperRight);
        plot.Axes.SetLimitsY(0, Math.Max(1, series.SelectMany(s => s.High).DefaultIfEmpty(1).Max()) * 1.05);
        if (Path.GetExtension(path).Equals(".svg", StringComparison.OrdinalIgnoreCase)) plot.SaveSvg(path, width, height);
        else plot.SavePng(path, width, height);
    }
}
