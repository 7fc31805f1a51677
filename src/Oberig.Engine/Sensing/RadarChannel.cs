using Oberig.Core.Geodesy;
using Oberig.Core.Random;
using Oberig.Core.Time;
using Oberig.Engine.World;
using Oberig.Models.Sensors;

namespace Oberig.Engine.Sensing;

/// <summary>
/// One radar's detection process in one replication: its own revisit period and random scan phase, line of sight over
/// the 4/3 earth, SNR from the radar equation, Pd of the square-law detector for a Swerling 1 target (the dwell's
/// pulses integrated noncoherently), SNR-scaled measurement noise, and Poisson false alarms per scan.
/// </summary>
internal sealed class RadarChannel
{
    private readonly WorldSensor _sensor;
    private readonly RadarLineOfSight _lineOfSight;
    private readonly LocalFrame _antennaFrame;
    private readonly Ecef _antennaEcef;
    private readonly LocalFrame _commonFrame;
    private readonly RadarEquation _equation;
    private readonly SquareLawDetector _detector;
    private readonly PdTable _pd;
    private readonly MeasurementNoise _noise;
    private readonly double _rangeSquaredM2;
    private readonly double _falseAlarmsPerScan;
    private readonly RandomStream _random;
    private readonly SimDuration _period;
    private SimTime _nextScan;

    public RadarChannel(WorldSensor sensor, LocalFrame commonFrame, RandomStream random)
    {
        _sensor = sensor;
        var type = sensor.Type;
        _lineOfSight = new RadarLineOfSight(type, sensor.Site);
        _antennaFrame = new LocalFrame(_lineOfSight.Antenna);
        _antennaEcef = _antennaFrame.OriginEcef;
        _commonFrame = commonFrame;
        _equation = RadarEquation.For(type);
        _detector = new SquareLawDetector(type.PfaOrDefault(), type.PulsesPerDwell);
        _pd = new PdTable(_detector, SwerlingCase.Swerling1);
        _noise = MeasurementNoise.For(type);
        _rangeSquaredM2 = type.InstrumentedRangeM * type.InstrumentedRangeM;
        _falseAlarmsPerScan = FalseAlarms.ExpectedPerScan(type, type.PfaOrDefault());
        _random = random;
        _period = SimDuration.FromSeconds(type.ScanPeriodS);
        // Radars are not synchronised: each starts its rotation at a random phase.
        _nextScan = SimTime.Start + _period * random.NextDouble();
    }

    /// <summary>Scans whose time has come by the end of this step, against the Move snapshot.</summary>
    public void Sense(SimulationWorld world, SimTime now, List<SensorDetection> output, List<(int, int, int)> scans,
        Action<SensorDetection> published)
    {
        while (_nextScan <= now)
        {
            _nextScan += _period;
            int first = output.Count;
            Scan(world, now, output, published);
            scans.Add((_sensor.Index, first, output.Count - first));
        }
    }

    private void Scan(SimulationWorld world, SimTime now, List<SensorDetection> output, Action<SensorDetection> published)
    {
        var snapshot = world.Snapshot;
        for (int i = 0; i < snapshot.Length; i++)
        {
            if (snapshot[i].Status != ThreatStatus.Flying) continue;
            var position = snapshot[i].Kinematics.Position;
            // Cheap rejection first: most threats are beyond a fire-control radar's instrumented range.
            if ((position - _antennaEcef).NormSquared > _rangeSquaredM2) continue;
            if (!_lineOfSight.CanSee(position, snapshot[i].Kinematics.Geodetic.HeightM)) continue;
            var truth = _antennaFrame.ToAer(position);
            double snr = _equation.Snr(world.Threats[i].Type.RcsM2, truth.RangeM);
            if (_random.NextDouble() >= _pd.Pd(snr)) continue;
            var detection = Measure(now, i, truth, snr);
            output.Add(detection);
            published(detection);
        }
        int falseAlarms = FalseAlarms.DrawPoisson(_random, _falseAlarmsPerScan);
        for (int k = 0; k < falseAlarms; k++) output.Add(FalseAlarm(now));
    }

    private SensorDetection Measure(SimTime now, int threat, Aer truth, double snr)
    {
        var sigma = _noise.At(snr);
        var measured = new Aer(
            Wrap360(truth.AzimuthDeg + _random.NextGaussian() * sigma.AzimuthRad * 180 / Math.PI),
            truth.ElevationDeg + _random.NextGaussian() * sigma.ElevationRad * 180 / Math.PI,
            Math.Max(0, truth.RangeM + _random.NextGaussian() * sigma.RangeM));
        return Report(now, threat, measured, sigma, snr);
    }

    /// <summary>A false alarm: a threshold crossing by noise, in a cell drawn uniformly over the coverage.</summary>
    private SensorDetection FalseAlarm(SimTime now)
    {
        var type = _sensor.Type;
        var cell = new Aer(
            360 * _random.NextDouble(),
            _random.NextDouble(type.MinElevationDeg, type.MaxElevationDeg),
            type.InstrumentedRangeM * _random.NextDouble());
        // At the detection threshold: a crossing's SNR is about the threshold itself.
        double snr = _detector.Threshold / _detector.Pulses;
        return Report(now, -1, cell, _noise.At(snr), snr);
    }

    private SensorDetection Report(SimTime now, int threat, Aer measured, MeasurementSigma sigma, double snr)
    {
        var ecef = _antennaFrame.ToEcef(LocalFrame.EnuFromAer(measured));
        return new SensorDetection(_sensor.Index, now, threat, measured, sigma.RangeM, sigma.AzimuthRad, sigma.ElevationRad,
            Decibels.FromLinear(snr), _commonFrame.ToEnu(ecef));
    }

    private static double Wrap360(double degrees) => degrees - 360 * Math.Floor(degrees / 360);
}
