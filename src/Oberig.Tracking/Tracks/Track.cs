using System.Numerics;
using Oberig.Core.Numerics;
using Oberig.Core.Time;
using Oberig.Tracking.Imm;
using Oberig.Tracking.State;
using Oberig.Tracking.Updaters;

namespace Oberig.Tracking.Tracks;

/// <summary>Whether a track is still a candidate (<see cref="Tentative"/>) or part of the picture (<see cref="Confirmed"/>).</summary>
public enum TrackStatus { Tentative, Confirmed }

/// <summary>
/// One track: an identity, its Gaussian estimate (allocated once, updated in place), the scratch prediction and
/// measurement prediction of the current scan, and the bookkeeping the initiator and deleter read: a bit window of
/// hits and misses (bit 0 is the latest scan), the status, birth and last-update times and the run of consecutive
/// misses. With the "imm" filter <see cref="Imm"/> holds the mode estimates and <see cref="State"/> is their
/// moment-matched combination. Tracks are pooled by <see cref="TrackStore"/>: a deleted track's object is reused for
/// a later birth with a new <see cref="Id"/>, so hold ids, not objects, across scans.
/// </summary>
public sealed class Track
{
    internal Track(int stateDimension, int axes, ImmState? imm)
    {
        Imm = imm;
        State = imm?.Combined ?? new GaussianState(stateDimension);
        Prediction = imm is null ? new GaussianState(stateDimension) : imm.Combined;
        Axes = axes;
    }

    /// <summary>Identity, unique within a tracker's run (1, 2, 3, ... in order of birth).</summary>
    public int Id { get; private set; }

    /// <summary>The estimate after the latest scan: the posterior, or the prediction when the scan missed it.</summary>
    public GaussianState State { get; }

    /// <summary>Scratch: this scan's prediction (for IMM, the same object as <see cref="State"/>).</summary>
    public GaussianState Prediction { get; }

    /// <summary>Scratch: this scan's predicted measurement (single-model filters; IMM keeps one per mode in <see cref="Imm"/>).</summary>
    public MeasurementPrediction MeasurementPrediction { get; } = new();

    /// <summary>The IMM estimate when the filter is "imm"; null otherwise.</summary>
    public ImmState? Imm { get; }

    public TrackStatus Status { get; internal set; }
    public bool IsConfirmed => Status == TrackStatus.Confirmed;

    /// <summary>Same as <see cref="IsConfirmed"/>: the track is part of the picture.</summary>
    public bool Confirmed => IsConfirmed;

    /// <summary>Time of the detection that started the track.</summary>
    public SimTime BirthTime { get; private set; }

    /// <summary>Time of the latest detection associated with the track.</summary>
    public SimTime LastUpdateTime { get; private set; }

    /// <summary>Scans (tracker steps) since the last hit.</summary>
    public int ConsecutiveMisses { get; private set; }

    /// <summary>Hit (1) or miss (0) of the last 64 scans, bit 0 the latest; the birth detection is a hit.</summary>
    public ulong HitHistory { get; private set; }

    /// <summary>Scans the track has lived, its birth scan included.</summary>
    public int Scans { get; private set; }

    /// <summary>Hits in the latest <paramref name="n"/> scans (1..64).</summary>
    public int HitsInLast(int n) => BitOperations.PopCount(n >= 64 ? HitHistory : HitHistory & ((1UL << n) - 1));

    /// <summary>
    /// The track score: the log-likelihood ratio of "a real target" against "false alarms" over the track's scans
    /// (Blackman and Popoli 1999, section 6.2), 0 at birth. A hit adds ln(Pd N(ν; 0, S) / λ), a miss ln(1 − Pd Pg),
    /// with the scan's Pd for this track and clutter density λ; JPDA adds the log of the track's whole likelihood ratio
    /// ln(1 − Pd Pg + Σⱼ Pd Nⱼ / λ). The sequential-test initiator confirms on it and the score deleter drops on it.
    /// </summary>
    public double Score { get; private set; }

    /// <summary>The source (a sensor number the caller gave <see cref="Trackers.Tracker.Step(SimTime, ReadOnlySpan{double}, Models.Measurement.IMeasurementModel, Trackers.ITrackCoverage?, int)"/>)
    /// of the scan whose detection last updated or started the track; -1 when none was given.</summary>
    public int LastHitSource { get; internal set; } = -1;

    /// <summary>The highest <see cref="Score"/> the track has had.</summary>
    public double PeakScore { get; private set; }

    /// <summary>Scratch for the current scan: the probability that the scanning sensor detects this track's target
    /// (set by the tracker before association, from the scan's coverage or the options).</summary>
    public double ScanDetectionProbability { get; internal set; }

    /// <summary>Spatial axes of the state (interleaved [x, vx, y, vy, z, vz, ...]).</summary>
    public int Axes { get; }

    /// <summary>Position of the estimate (z = 0 in 2D).</summary>
    public Vec3 Position
    {
        get
        {
            ReadOnlySpan<double> x = State.Mean;
            return new Vec3(x[0], Axes > 1 ? x[2] : 0, Axes > 2 ? x[4] : 0);
        }
    }

    /// <summary>Velocity of the estimate (0 on missing axes).</summary>
    public Vec3 Velocity
    {
        get
        {
            ReadOnlySpan<double> x = State.Mean;
            return new Vec3(x[1], Axes > 1 ? x[3] : 0, Axes > 2 ? x[5] : 0);
        }
    }

    /// <summary>Sum of the position variances (trace of the position block), m².</summary>
    public double PositionVarianceTrace
    {
        get
        {
            double s = 0;
            for (int a = 0; a < Axes; a++) s += State.Variance(2 * a, 2 * a);
            return s;
        }
    }

    internal void Begin(int id, SimTime time)
    {
        Id = id;
        Status = TrackStatus.Tentative;
        BirthTime = time;
        LastUpdateTime = time;
        ConsecutiveMisses = 0;
        HitHistory = 1;
        Scans = 1;
        Score = 0;
        PeakScore = 0;
        LastHitSource = -1;
    }

    /// <param name="time">Scan time.</param>
    /// <param name="scoreGain">What the scan adds to <see cref="Score"/>.</param>
    internal void RecordHit(SimTime time, double scoreGain)
    {
        AddScore(scoreGain);
        HitHistory = (HitHistory << 1) | 1;
        Scans++;
        ConsecutiveMisses = 0;
        LastUpdateTime = time;
    }

    internal void RecordMiss(double scoreGain)
    {
        AddScore(scoreGain);
        HitHistory <<= 1;
        Scans++;
        ConsecutiveMisses++;
    }

    private void AddScore(double gain)
    {
        Score += gain;
        if (Score > PeakScore) PeakScore = Score;
    }

    public override string ToString() => $"track {Id} ({Status}) at {Position}";
}
