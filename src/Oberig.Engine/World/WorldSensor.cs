using Oberig.Core.Geodesy;
using Oberig.Scenario.Catalog;

namespace Oberig.Engine.World;

/// <summary>
/// A radar in the world: a scenario sensor, or a fire unit's own fire-control radar (id <c>&lt;unit&gt;/radar</c>,
/// sited at the unit). <see cref="FireUnit"/> is the unit's index, or -1 for a stand-alone sensor.
/// </summary>
public sealed record WorldSensor(int Index, string Id, SensorType Type, Geodetic Site, int FireUnit)
{
    /// <summary>The antenna: the site raised by the catalog's antenna height.</summary>
    public Geodetic Antenna => Site.WithHeight(Site.HeightM + Type.AntennaHeightM);
}
