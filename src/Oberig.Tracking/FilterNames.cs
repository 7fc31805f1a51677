namespace Oberig.Tracking;

/// <summary>Names by which a scenario picks a filter; <see cref="FilterRegistry"/> builds them.</summary>
public static class FilterNames
{
    public const string Kalman = "kalman";
    public const string Extended = "extended";
    public const string Unscented = "unscented";
    public const string Imm = "imm";

    /// <summary>Every name, for error messages and documentation.</summary>
    public static readonly IReadOnlyList<string> All = [Kalman, Extended, Unscented, Imm];
}
