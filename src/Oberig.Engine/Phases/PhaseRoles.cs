namespace Oberig.Engine.Phases;

// One interface per phase role (shared/DESIGN.md, "components by role"). Each step runs
// Move -> Sense -> Track -> Decide -> Engage -> Assess; each reads what the previous one wrote.

/// <summary>Sense: sensors look at the Move snapshot and report detections.</summary>
public interface ISensing { void Sense(StepContext context); }

/// <summary>Track: the tracker turns detections into the recognised air picture.</summary>
public interface ITracking
{
    void Track(StepContext context);

    /// <summary>How good the air picture was over the run, when this component scores it.</summary>
    Tracking.AirPictureOutcome? Outcome() => null;
}

/// <summary>Decide: the battle manager assigns fire units to tracks.</summary>
public interface IBattleManagement { void Decide(StepContext context); }

/// <summary>Engage: fire units launch and fly interceptors.</summary>
public interface IEngagement { void Engage(StepContext context); }

/// <summary>Assess: kills, leaks and damage to defended assets.</summary>
public interface IAssessment { void Assess(StepContext context); }
