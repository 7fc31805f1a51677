namespace Oberig.Core.Geodesy;

/// <summary>A WGS84 geodetic position: latitude and longitude in degrees, height above the ellipsoid in metres.</summary>
public readonly record struct Geodetic(double LatitudeDeg, double LongitudeDeg, double HeightM)
{
    public double LatitudeRad => LatitudeDeg * Math.PI / 180.0;
    public double LongitudeRad => LongitudeDeg * Math.PI / 180.0;
    public Geodetic WithHeight(double heightM) => this with { HeightM = heightM };
    public override string ToString() => $"({LatitudeDeg:0.######}, {LongitudeDeg:0.######}, {HeightM:0.#} m)";
}
