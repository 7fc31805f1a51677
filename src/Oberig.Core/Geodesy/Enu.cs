namespace Oberig.Core.Geodesy;

/// <summary>A local East-North-Up offset in metres from some origin (the origin is held by <see cref="LocalFrame"/>).</summary>
public readonly record struct Enu(double East, double North, double Up)
{
    /// <summary>The offset as a vector (x east, y north, z up), the layout the models compute in.</summary>
    public Oberig.Core.Numerics.Vec3 AsVector => new(East, North, Up);
    public static Enu FromVector(Oberig.Core.Numerics.Vec3 v) => new(v.X, v.Y, v.Z);
}

/// <summary>A local North-East-Down offset in metres.</summary>
public readonly record struct Ned(double North, double East, double Down)
{
    public static Ned FromEnu(Enu e) => new(e.North, e.East, -e.Up);
    public Enu ToEnu() => new(East, North, -Down);
}

/// <summary>Azimuth (degrees clockwise from north), elevation (degrees above the local horizontal) and slant range (m).</summary>
public readonly record struct Aer(double AzimuthDeg, double ElevationDeg, double RangeM);
