using System.Globalization;
using System.Text;
using Oberig.Models.Effectors.Engagement;

namespace Oberig.Analysis.Plots;

/// <summary>Draws a launch envelope (range against height, coloured by kill probability) and writes its CSV.</summary>
public static class EnvelopePlot
{
    /// <summary>A heat map with a colour bar: ground range (km) across, height (km) up, Pk 0 to 1.</summary>
    public static void SavePng(IReadOnlyList<EnvelopeCell> cells, string title, string path, int width = 900, int height = 600)
    {
        var ranges = cells.Select(c => c.RangeM).Distinct().Order().ToArray();
        var heights = cells.Select(c => c.AltitudeM).Distinct().Order().ToArray();
        // ScottPlot's heat map rows run top to bottom: the highest height first.
        var grid = new double[heights.Length, ranges.Length];
        foreach (var c in cells)
            grid[heights.Length - 1 - Array.IndexOf(heights, c.AltitudeM), Array.IndexOf(ranges, c.RangeM)] = c.KillProbability;
        var plot = new ScottPlot.Plot();
        var map = plot.Add.Heatmap(grid);
        map.Colormap = new ScottPlot.Colormaps.Viridis();
        map.ManualRange = new ScottPlot.Range(0, 1);
        double dr = (ranges[^1] - ranges[0]) / (ranges.Length - 1) / 1000, dh = (heights[^1] - heights[0]) / (heights.Length - 1) / 1000;
        map.Extent = new ScottPlot.CoordinateRect(ranges[0] / 1000 - dr / 2, ranges[^1] / 1000 + dr / 2, heights[0] / 1000 - dh / 2, heights[^1] / 1000 + dh / 2);
        plot.Add.ColorBar(map).Label = "kill probability";
        plot.Title(title);
        plot.XLabel("threat's ground range at launch (km)");
        plot.YLabel("threat's height (km)");
        plot.SavePng(path, width, height);
    }

    /// <summary>range_km,altitude_m,pk,reached_fraction,mean_time_of_flight_s (empty when never reached).</summary>
    public static void SaveCsv(IReadOnlyList<EnvelopeCell> cells, string path)
    {
        var ci = CultureInfo.InvariantCulture;
        var text = new StringBuilder("range_km,altitude_m,pk,reached_fraction,mean_time_of_flight_s\n");
        foreach (var c in cells)
            text.Append(ci, $"{c.RangeM / 1000:0.###},{c.AltitudeM:0.#},{c.KillProbability:0.####},{c.ReachedFraction:0.####},{(c.MeanTimeOfFlightS is { } t ? t.ToString("0.###", ci) : "")}\n");
        File.WriteAllText(path, text.ToString());
    }
}
