using Oberig.Core.Numerics;

namespace Oberig.Core.Geodesy;

/// <summary>An Earth-centred, Earth-fixed (WGS84) position in metres.</summary>
public readonly record struct Ecef(double X, double Y, double Z)
{
    public Vec3 AsVector => new(X, Y, Z);
    public static Ecef FromVector(Vec3 v) => new(v.X, v.Y, v.Z);
    public static Vec3 operator -(Ecef a, Ecef b) => new(a.X - b.X, a.Y - b.Y, a.Z - b.Z);
    public static Ecef operator +(Ecef a, Vec3 d) => new(a.X + d.X, a.Y + d.Y, a.Z + d.Z);
    public double DistanceTo(Ecef o) => (this - o).Norm;
}
