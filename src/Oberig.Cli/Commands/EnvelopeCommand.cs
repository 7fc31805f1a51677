using System.CommandLine;
using Oberig.Analysis.Plots;
using Oberig.Core.Diagnostics;
using Oberig.Models.Effectors.Engagement;
using Oberig.Scenario.Catalog;

namespace Oberig.Cli.Commands;

/// <summary>
/// <c>oberig envelope --interceptor TYPE --threat TYPE --out FILE.png [--runs N] [--seed S] [--range-points N]
/// [--height-points N]</c>: the launch envelope (<see cref="LaunchEnvelope"/>) as a PNG heat map and its CSV beside it.
/// </summary>
public static class EnvelopeCommand
{
    public static Command Build()
    {
        var interceptor = new Option<string>("--interceptor") { Description = "catalog interceptor id with a flyout table, e.g. aster-30" };
        var threat = new Option<string>("--threat") { Description = "catalog threat id, e.g. kh-101" };
        var output = new Option<string>("--out", "-o") { Description = "PNG to write; the CSV goes beside it with the extension .csv" };
        var runs = new Option<int>("--runs") { Description = "Monte Carlo runs per grid cell (default 4)", DefaultValueFactory = _ => 4 };
        var seed = new Option<ulong>("--seed") { Description = "random seed (default 1)", DefaultValueFactory = _ => 1UL };
        var rangePoints = new Option<int>("--range-points") { Description = "grid points in range, 0.5 km to 1.2 × max range (default 20)", DefaultValueFactory = _ => 20 };
        var heightPoints = new Option<int>("--height-points") { Description = "grid points in height, 50 m to 1.2 × max altitude (default 12)", DefaultValueFactory = _ => 12 };
        var catalogOption = CatalogOption.Create();
        var command = new Command("envelope",
            "Launch envelope of an interceptor against a threat: kill probability from 3-DOF Monte Carlo engagements over " +
            "the threat's range and height at launch (head-on, straight), drawn as a PNG and written as CSV.")
        {
            interceptor, threat, output, runs, seed, rangePoints, heightPoints, catalogOption,
        };
        command.SetAction(parse =>
        {
            var problems = new List<InputProblem>();
            string? interceptorId = parse.GetValue(interceptor), threatId = parse.GetValue(threat), path = parse.GetValue(output);
            if (string.IsNullOrEmpty(interceptorId)) problems.Add(new InputProblem("<command line>", 0, "--interceptor", "is required"));
            if (string.IsNullOrEmpty(threatId)) problems.Add(new InputProblem("<command line>", 0, "--threat", "is required"));
            if (string.IsNullOrEmpty(path)) problems.Add(new InputProblem("<command line>", 0, "--out", "is required (a .png file)"));
            else if (!path.EndsWith(".png", StringComparison.OrdinalIgnoreCase)) problems.Add(new InputProblem("<command line>", 0, "--out", $"'{path}' is not a .png file"));
            int n = parse.GetValue(runs), nr = parse.GetValue(rangePoints), nh = parse.GetValue(heightPoints);
            if (n < 1) problems.Add(new InputProblem("<command line>", 0, "--runs", $"{n} is not allowed (at least 1)"));
            if (nr < 2) problems.Add(new InputProblem("<command line>", 0, "--range-points", $"{nr} is not allowed (at least 2)"));
            if (nh < 2) problems.Add(new InputProblem("<command line>", 0, "--height-points", $"{nh} is not allowed (at least 2)"));
            if (problems.Count > 0) throw new InputException(problems);

            var (_, catalog) = CatalogOption.Load(parse.GetValue(catalogOption), Environment.CurrentDirectory);
            var (missile, target) = FlownPair.Resolve(catalog, interceptorId!, threatId!, problems);
            string? directory = Path.GetDirectoryName(Path.GetFullPath(path!));
            if (directory is not null && !Directory.Exists(directory)) problems.Add(new InputProblem("<command line>", 0, "--out", $"folder '{directory}' does not exist"));
            if (problems.Count > 0) throw new InputException(problems);

            var cells = LaunchEnvelope.Compute(missile!, target!, nr, nh, n, parse.GetValue(seed));
            string csv = Path.ChangeExtension(path!, ".csv");
            EnvelopePlot.SavePng(cells, $"{missile!.Id} against {target!.Id}: kill probability ({n} runs a cell)", path!);
            EnvelopePlot.SaveCsv(cells, csv);
            var o = parse.InvocationConfiguration.Output;
            o.WriteLine($"wrote {path} and {csv}: {cells.Count} cells, best Pk {cells.Max(c => c.KillProbability):0.000}, " +
                $"{cells.Count(c => c.KillProbability > 0)} with Pk > 0");
            return CliHost.Ok;
        });
        return command;
    }
}
