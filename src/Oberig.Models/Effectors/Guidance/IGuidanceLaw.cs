using Oberig.Core.Numerics;

namespace Oberig.Models.Effectors.Guidance;

/// <summary>
/// The guidance role: from one instant's engagement geometry, the acceleration the interceptor is commanded to pull,
/// m/s², normal to its own velocity (a lifting missile cannot command thrust along its axis) and within the law's
/// limit. Implementations are stateless and allocation-free; the flight model applies its own further limits
/// (dynamic pressure) on top.
/// </summary>
public interface IGuidanceLaw
{
    Vec3 Command(in EngagementGeometry geometry);
}
