using System.CommandLine;
using Oberig.Core.Geodesy;
using static Oberig.Cli.Commands.NumberArguments;

namespace Oberig.Cli.Commands;

/// <summary>
/// `oberig geo`: WGS84 conversions and geodesics from the shell. Degrees and metres in and out; numbers printed
/// round-trip exact and separated by single spaces, so scripts can compare them bit for bit.
/// </summary>
public static class GeoCommand
{
    public static Command Build()
    {
        var command = new Command("geo", "WGS84 coordinate conversions, geodesics and radar horizon (degrees, metres).");
        command.Subcommands.Add(Ecef());
        command.Subcommands.Add(Geodetic());
        command.Subcommands.Add(Aer());
        command.Subcommands.Add(Inverse());
        command.Subcommands.Add(Direct());
        command.Subcommands.Add(Horizon());
        return command;
    }

    private static Command Ecef()
    {
        Argument<string> lat = Arg("LAT", "geodetic latitude, degrees"), lon = Arg("LON", "longitude, degrees"),
            alt = Arg("ALT", "height above the ellipsoid, m");
        return Sub("ecef", "Geodetic to ECEF: prints X Y Z (m).", [lat, lon, alt], n =>
        {
            var g = new Geodetic(n.Latitude(lat), n.Number(lon), n.Number(alt));
            n.ThrowIfAny();
            var e = Wgs84.ToEcef(g);
            return [e.X, e.Y, e.Z];
        });
    }

    private static Command Geodetic()
    {
        Argument<string> x = Arg("X", "ECEF X, m"), y = Arg("Y", "ECEF Y, m"), z = Arg("Z", "ECEF Z, m");
        return Sub("geodetic", "ECEF to geodetic: prints LAT LON ALT (degrees, m).", [x, y, z], n =>
        {
            var e = new Ecef(n.Number(x), n.Number(y), n.Number(z));
            n.ThrowIfAny();
            var g = Wgs84.ToGeodetic(e);
            return [g.LatitudeDeg, g.LongitudeDeg, g.HeightM];
        });
    }

    private static Command Aer()
    {
        Argument<string> lat0 = Arg("LAT0", "observer latitude, degrees"), lon0 = Arg("LON0", "observer longitude, degrees"),
            alt0 = Arg("ALT0", "observer height, m"), lat = Arg("LAT", "target latitude, degrees"),
            lon = Arg("LON", "target longitude, degrees"), alt = Arg("ALT", "target height, m");
        return Sub("aer", "Azimuth, elevation (degrees) and slant range (m) from an observer to a target.",
            [lat0, lon0, alt0, lat, lon, alt], n =>
            {
                var origin = new Geodetic(n.Latitude(lat0), n.Number(lon0), n.Number(alt0));
                var target = new Geodetic(n.Latitude(lat), n.Number(lon), n.Number(alt));
                n.ThrowIfAny();
                var a = new LocalFrame(origin).ToAer(target);
                return [a.AzimuthDeg, a.ElevationDeg, a.RangeM];
            });
    }

    private static Command Inverse()
    {
        Argument<string> lat1 = Arg("LAT1", "degrees"), lon1 = Arg("LON1", "degrees"),
            lat2 = Arg("LAT2", "degrees"), lon2 = Arg("LON2", "degrees");
        return Sub("inverse", "Shortest path on the ellipsoid: prints S12 (m) AZI1 AZI2 (degrees from north).",
            [lat1, lon1, lat2, lon2], n =>
            {
                double a = n.Latitude(lat1), b = n.Number(lon1), c = n.Latitude(lat2), d = n.Number(lon2);
                n.ThrowIfAny();
                var r = Geodesic.Inverse(a, b, c, d);
                return [r.S12M, r.Azimuth1Deg, r.Azimuth2Deg];
            });
    }

    private static Command Direct()
    {
        Argument<string> lat1 = Arg("LAT1", "degrees"), lon1 = Arg("LON1", "degrees"),
            azi1 = Arg("AZI1", "degrees clockwise from north"), s12 = Arg("S12", "distance, m (negative goes backwards)");
        return Sub("direct", "End of a geodesic: prints LAT2 LON2 AZI2 (degrees).", [lat1, lon1, azi1, s12], n =>
        {
            double a = n.Latitude(lat1), b = n.Number(lon1), c = n.Number(azi1), d = n.Number(s12);
            n.ThrowIfAny();
            var r = Geodesic.Direct(a, b, c, d);
            return [r.Latitude2Deg, r.Longitude2Deg, r.Azimuth2Deg];
        });
    }

    private static Command Horizon()
    {
        Argument<string> h1 = Arg("ANTENNA_HEIGHT_M", "antenna height above the surface, m"),
            h2 = Arg("TARGET_HEIGHT_M", "target height above the surface, m");
        var k = new Option<string>("--k") { Description = "effective Earth radius factor (default 4/3, standard refraction)" };
        var command = Sub("horizon", "Radar horizon range (m) over a smooth 4/3 Earth of mean radius.", [h1, h2], n =>
        {
            double a = n.AtLeast(h1, 0, "height"), b = n.AtLeast(h2, 0, "height");
            double factor = n.PositiveOption(k, RadarHorizon.StandardK, "k");
            n.ThrowIfAny();
            return [RadarHorizon.HorizonRangeM(a, b, factor)];
        });
        command.Options.Add(k);
        return command;
    }

    /// <summary>A subcommand whose action reads numbers and prints the numbers it computes on one line.</summary>
    private static Command Sub(string name, string description, Argument<string>[] args, Func<NumberArguments, double[]> run)
    {
        var command = new Command(name, description);
        foreach (var a in args) command.Arguments.Add(a);
        command.SetAction(parseResult =>
        {
            double[] values = run(new NumberArguments(parseResult));
            parseResult.InvocationConfiguration.Output.WriteLine(string.Join(' ', values.Select(Format)));
            return 0;
        });
        return command;
    }
}
