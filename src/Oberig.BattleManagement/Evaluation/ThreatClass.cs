namespace Oberig.BattleManagement.Evaluation;

/// <summary>What a track is taken to be, as the tracker's classifier labels it.</summary>
public enum ThreatClass
{
    /// <summary>Not classified yet; <see cref="AirTrack.ClassConfidence"/> is then the probability it is hostile at all.</summary>
    Unknown,
    Drone,
    Cruise,
    Ballistic,
    Aircraft,
}
