namespace Oberig.Core.Time;

/// <summary>A span of simulation time, in seconds. Distinct from <see cref="SimTime"/> so the compiler rejects adding two instants.</summary>
public readonly record struct SimDuration(double Seconds) : IComparable<SimDuration>
{
    public static readonly SimDuration Zero = new(0);

    public static SimDuration FromSeconds(double seconds) => new(seconds);
    public static SimDuration FromMinutes(double minutes) => new(minutes * 60.0);

    public static SimDuration operator +(SimDuration a, SimDuration b) => new(a.Seconds + b.Seconds);
    public static SimDuration operator -(SimDuration a, SimDuration b) => new(a.Seconds - b.Seconds);
    public static SimDuration operator *(SimDuration a, double k) => new(a.Seconds * k);
    public static SimDuration operator *(double k, SimDuration a) => new(a.Seconds * k);
    public static double operator /(SimDuration a, SimDuration b) => a.Seconds / b.Seconds;
    public static bool operator <(SimDuration a, SimDuration b) => a.Seconds < b.Seconds;
    public static bool operator >(SimDuration a, SimDuration b) => a.Seconds > b.Seconds;
    public static bool operator <=(SimDuration a, SimDuration b) => a.Seconds <= b.Seconds;
    public static bool operator >=(SimDuration a, SimDuration b) => a.Seconds >= b.Seconds;

    public int CompareTo(SimDuration other) => Seconds.CompareTo(other.Seconds);
    public override string ToString() => $"{Seconds:0.###} s";
}
