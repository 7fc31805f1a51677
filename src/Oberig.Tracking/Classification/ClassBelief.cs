using Oberig.Core.Time;

namespace Oberig.Tracking.Classification;

/// <summary>
/// The class posterior of one track, and the little it must remember between updates (its last horizontal velocity,
/// for the acceleration feature). Allocated once per track by <see cref="TrackClassifier.CreateBelief"/> and updated
/// in place by <see cref="TrackClassifier.Update"/>; plain fields, one belief belongs to one thread like its track.
/// </summary>
public sealed class ClassBelief
{
    internal readonly double[] LogPosterior = new double[ClassProbabilities.Count];
    internal readonly double[] Posterior = new double[ClassProbabilities.Count];

    // The last finite horizontal velocity estimate and its 2x2 covariance, for the acceleration feature.
    internal bool HasVelocity;
    internal SimTime VelocityTime;
    internal double Vx, Vy, Pxx, Pxy, Pyy;

    internal ClassBelief(ReadOnlySpan<double> prior) => Reset(prior);

    /// <summary>Updates applied since creation or the last reset.</summary>
    public int Updates { get; internal set; }

    /// <summary>Posterior probabilities in <see cref="TrackClass"/> order; they sum to 1.</summary>
    public ReadOnlySpan<double> Probabilities => Posterior;

    /// <summary>The posterior as a classification (no allocation).</summary>
    public TrackClassification Current
    {
        get
        {
            int best = 0;
            for (int c = 1; c < Posterior.Length; c++)
                if (Posterior[c] > Posterior[best]) best = c;
            return new TrackClassification((TrackClass)best, Posterior[best], ClassProbabilities.FromSpan(Posterior));
        }
    }

    internal void Reset(ReadOnlySpan<double> prior)
    {
        for (int c = 0; c < Posterior.Length; c++)
        {
            Posterior[c] = prior[c];
            LogPosterior[c] = Math.Log(prior[c]);
        }
        HasVelocity = false;
        Updates = 0;
    }

    public override string ToString() => $"after {Updates} updates: {Current}";
}
