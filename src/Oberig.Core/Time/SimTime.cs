namespace Oberig.Core.Time;

/// <summary>
/// An instant of simulation time, in seconds since the scenario's start. The engine advances it by whole steps
/// (<see cref="FromStep"/>) so that time never drifts by accumulated rounding, whatever the run length.
/// </summary>
public readonly record struct SimTime(double Seconds) : IComparable<SimTime>
{
    public static readonly SimTime Start = new(0);

    public static SimTime FromSeconds(double seconds) => new(seconds);
    public static SimTime FromStep(long step, SimDuration stepLength) => new(step * stepLength.Seconds);

    public static SimTime operator +(SimTime t, SimDuration d) => new(t.Seconds + d.Seconds);
    public static SimTime operator -(SimTime t, SimDuration d) => new(t.Seconds - d.Seconds);
    public static SimDuration operator -(SimTime a, SimTime b) => new(a.Seconds - b.Seconds);
    public static bool operator <(SimTime a, SimTime b) => a.Seconds < b.Seconds;
    public static bool operator >(SimTime a, SimTime b) => a.Seconds > b.Seconds;
    public static bool operator <=(SimTime a, SimTime b) => a.Seconds <= b.Seconds;
    public static bool operator >=(SimTime a, SimTime b) => a.Seconds >= b.Seconds;

    public int CompareTo(SimTime other) => Seconds.CompareTo(other.Seconds);
    public override string ToString() => $"T+{Seconds:0.###} s";
}
