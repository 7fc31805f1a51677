namespace Oberig.Scenario.Resolution;

/// <summary>
/// Haversine distance on the IUGG mean-radius sphere. Good to about 0.5 %, which is ample for "does this route fit
/// the threat's range"; flight itself uses the WGS84 ellipsoid.
/// </summary>
internal static class GreatCircle
{
    /// <summary>IUGG mean Earth radius R1, m (Moritz, Geodetic Reference System 1980).</summary>
    public const double MeanRadiusM = 6371008.8;

    public static double DistanceM(double lat1Deg, double lon1Deg, double lat2Deg, double lon2Deg)
    {
        const double rad = Math.PI / 180.0;
        double dLat = (lat2Deg - lat1Deg) * rad, dLon = (lon2Deg - lon1Deg) * rad;
        double h = Math.Sin(dLat / 2) * Math.Sin(dLat / 2)
                 + Math.Cos(lat1Deg * rad) * Math.Cos(lat2Deg * rad) * Math.Sin(dLon / 2) * Math.Sin(dLon / 2);
        return 2 * MeanRadiusM * Math.Asin(Math.Min(1.0, Math.Sqrt(h)));
    }
}
