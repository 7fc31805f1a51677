using Oberig.Core.Numerics;

namespace Oberig.Models.Effectors.Guidance;

/// <summary>
/// A 3×3 matrix by value, row-major, for the seeker's tracking filter: its covariance blocks live in the filter's own
/// fields, so the filter allocates nothing per step (the engine flies thousands of missiles). Kept here, internal,
/// until a second user in Models needs one (Oberig.Tracking has its own dense matrices, which Models cannot see).
/// </summary>
internal readonly record struct Matrix3(
    double M11, double M12, double M13,
    double M21, double M22, double M23,
    double M31, double M32, double M33)
{
    public static readonly Matrix3 Zero = default;

    /// <summary>k·I.</summary>
    public static Matrix3 Scalar(double k) => new(k, 0, 0, 0, k, 0, 0, 0, k);

    /// <summary>k·u·uᵀ.</summary>
    public static Matrix3 Outer(Vec3 u, double k = 1) => new(
        k * u.X * u.X, k * u.X * u.Y, k * u.X * u.Z,
        k * u.Y * u.X, k * u.Y * u.Y, k * u.Y * u.Z,
        k * u.Z * u.X, k * u.Z * u.Y, k * u.Z * u.Z);

    public Matrix3 Transposed() => new(M11, M21, M31, M12, M22, M32, M13, M23, M33);

    /// <summary>(A + Aᵀ)/2: a covariance that rounding has made slightly asymmetric, made symmetric again.</summary>
    public Matrix3 Symmetrized()
    {
        double a12 = (M12 + M21) / 2, a13 = (M13 + M31) / 2, a23 = (M23 + M32) / 2;
        return new(M11, a12, a13, a12, M22, a23, a13, a23, M33);
    }

    public double Determinant =>
        M11 * (M22 * M33 - M23 * M32) - M12 * (M21 * M33 - M23 * M31) + M13 * (M21 * M32 - M22 * M31);

    /// <summary>The inverse by the adjugate; the caller checks the determinant first.</summary>
    public Matrix3 Inverse()
    {
        double d = 1 / Determinant;
        return new(
            (M22 * M33 - M23 * M32) * d, (M13 * M32 - M12 * M33) * d, (M12 * M23 - M13 * M22) * d,
            (M23 * M31 - M21 * M33) * d, (M11 * M33 - M13 * M31) * d, (M13 * M21 - M11 * M23) * d,
            (M21 * M32 - M22 * M31) * d, (M12 * M31 - M11 * M32) * d, (M11 * M22 - M12 * M21) * d);
    }

    /// <summary>uᵀ·A·u.</summary>
    public double Quadratic(Vec3 u) => u.Dot(this * u);

    public static Matrix3 operator +(Matrix3 a, Matrix3 b) => new(
        a.M11 + b.M11, a.M12 + b.M12, a.M13 + b.M13,
        a.M21 + b.M21, a.M22 + b.M22, a.M23 + b.M23,
        a.M31 + b.M31, a.M32 + b.M32, a.M33 + b.M33);

    public static Matrix3 operator -(Matrix3 a, Matrix3 b) => a + b * -1;

    public static Matrix3 operator *(Matrix3 a, double k) => new(
        a.M11 * k, a.M12 * k, a.M13 * k,
        a.M21 * k, a.M22 * k, a.M23 * k,
        a.M31 * k, a.M32 * k, a.M33 * k);

    public static Vec3 operator *(Matrix3 a, Vec3 v) => new(
        a.M11 * v.X + a.M12 * v.Y + a.M13 * v.Z,
        a.M21 * v.X + a.M22 * v.Y + a.M23 * v.Z,
        a.M31 * v.X + a.M32 * v.Y + a.M33 * v.Z);

    public static Matrix3 operator *(Matrix3 a, Matrix3 b) => new(
        a.M11 * b.M11 + a.M12 * b.M21 + a.M13 * b.M31, a.M11 * b.M12 + a.M12 * b.M22 + a.M13 * b.M32, a.M11 * b.M13 + a.M12 * b.M23 + a.M13 * b.M33,
        a.M21 * b.M11 + a.M22 * b.M21 + a.M23 * b.M31, a.M21 * b.M12 + a.M22 * b.M22 + a.M23 * b.M32, a.M21 * b.M13 + a.M22 * b.M23 + a.M23 * b.M33,
        a.M31 * b.M11 + a.M32 * b.M21 + a.M33 * b.M31, a.M31 * b.M12 + a.M32 * b.M22 + a.M33 * b.M32, a.M31 * b.M13 + a.M32 * b.M23 + a.M33 * b.M33);
}
