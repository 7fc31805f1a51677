using Oberig.Core.Geodesy;
using Oberig.Core.Time;

namespace Oberig.Engine.Sensing;

/// <summary>
/// One radar report: the measured range, azimuth and elevation from the sensor's antenna with their standard
/// deviations, and the measured position in the world's common ENU frame. <see cref="Threat"/> is the truth behind it
/// (a threat index) or -1 for a false alarm; trackers must not read it — it is there for scoring the air picture.
/// </summary>
public readonly record struct SensorDetection(
    int Sensor,
    SimTime Time,
    int Threat,
    Aer Measured,
    double RangeSigmaM,
    double AzimuthSigmaRad,
    double ElevationSigmaRad,
    double SnrDb,
    Enu Position);
