namespace Oberig.Core.Geodesy;

/// <summary>
/// Solution of the inverse geodesic problem: the shortest distance on the WGS84 ellipsoid (m) and the forward
/// azimuths at both ends, degrees clockwise from north in [-180, 180] (azimuth 2 points onwards, away from point 1).
/// </summary>
public readonly record struct GeodesicInverse(double S12M, double Azimuth1Deg, double Azimuth2Deg);

/// <summary>
/// Solution of the direct geodesic problem: the end point (degrees, longitude in [-180, 180]) and the forward
/// azimuth there (degrees clockwise from north).
/// </summary>
public readonly record struct GeodesicDirect(double Latitude2Deg, double Longitude2Deg, double Azimuth2Deg);
