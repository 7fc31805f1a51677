namespace Oberig.BattleManagement.Doctrine;

/// <summary>How many looks a threat gets.</summary>
public enum FiringDoctrine
{
    /// <summary>Fire one salvo, wait for its kill assessment, re-plan: while a salvo is in flight at a track, nobody
    /// fires at it again. Saves rounds; needs time for a second look.</summary>
    ShootLookShoot,
    /// <summary>Fire a salvo and a second one <see cref="EngagementDoctrine.ShootShootSpacingS"/> later without
    /// waiting to look: up to twice the salvo size per track. Spends rounds for a higher kill probability when there is
    /// no time to look.</summary>
    ShootShoot,
}
