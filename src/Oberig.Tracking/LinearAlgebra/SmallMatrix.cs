namespace Oberig.Tracking.LinearAlgebra;

/// <summary>
/// Dense linear algebra for the small matrices of a tracking filter (dimension at most <see cref="MaxDimension"/>),
/// stored row-major in spans. Nothing here allocates: callers pass destination spans, typically <c>stackalloc</c>
/// buffers of <see cref="MaxElements"/> doubles. Destinations must not alias inputs unless a method says so.
/// </summary>
/// <remarks>
/// A general library (Math.NET's dense matrices) allocates a heap object per result; at thousands of tracks times
/// tens of products per step that garbage dominates. For n &lt;= 9 the naive triple loops are also the fastest.
/// </remarks>
public static class SmallMatrix
{
    /// <summary>Largest state or measurement dimension the filters support (3D position, velocity, acceleration).</summary>
    public const int MaxDimension = 9;

    /// <summary>Elements of the largest square matrix: the size of a scratch buffer that fits any matrix here.</summary>
    public const int MaxElements = MaxDimension * MaxDimension;

    /// <summary>c (r x k) = a (r x n) * b (n x k).</summary>
    public static void Multiply(ReadOnlySpan<double> a, int rows, int inner, ReadOnlySpan<double> b, int columns, Span<double> c)
    {
        for (int i = 0; i < rows; i++)
        {
            for (int j = 0; j < columns; j++)
            {
                double s = 0;
                for (int k = 0; k < inner; k++) s += a[i * inner + k] * b[k * columns + j];
                c[i * columns + j] = s;
            }
        }
    }

    /// <summary>c (r x k) = a (r x n) * bᵀ, where b is k x n.</summary>
    public static void MultiplyTransposed(ReadOnlySpan<double> a, int rows, int inner, ReadOnlySpan<double> b, int columns, Span<double> c)
    {
        for (int i = 0; i < rows; i++)
        {
            for (int j = 0; j < columns; j++)
            {
                double s = 0;
                for (int k = 0; k < inner; k++) s += a[i * inner + k] * b[j * inner + k];
                c[i * columns + j] = s;
            }
        }
    }

    /// <summary>c (r x k) = aᵀ * b, where a is n x r and b is n x k.</summary>
    public static void TransposeMultiply(ReadOnlySpan<double> a, int inner, int rows, ReadOnlySpan<double> b, int columns, Span<double> c)
    {
        for (int i = 0; i < rows; i++)
        {
            for (int j = 0; j < columns; j++)
            {
                double s = 0;
                for (int k = 0; k < inner; k++) s += a[k * rows + i] * b[k * columns + j];
                c[i * columns + j] = s;
            }
        }
    }

    /// <summary>y (r) = a (r x n) * x (n).</summary>
    public static void MultiplyVector(ReadOnlySpan<double> a, int rows, int columns, ReadOnlySpan<double> x, Span<double> y)
    {
        for (int i = 0; i < rows; i++)
        {
            double s = 0;
            for (int k = 0; k < columns; k++) s += a[i * columns + k] * x[k];
            y[i] = s;
        }
    }

    /// <summary>
    /// c (n x n) = a (n x n) * p (n x n) * aᵀ — the covariance transform. <paramref name="scratch"/> holds n*n doubles.
    /// For a rectangular a (r x n) the result is r x r.
    /// </summary>
    public static void Congruence(ReadOnlySpan<double> a, int rows, int n, ReadOnlySpan<double> p, Span<double> c, Span<double> scratch)
    {
        Multiply(a, rows, n, p, n, scratch);             // scratch = a p   (r x n)
        MultiplyTransposed(scratch, rows, n, a, rows, c); // c = a p aᵀ     (r x r)
    }

    /// <summary>c = a + b, element-wise; c may alias a or b.</summary>
    public static void Add(ReadOnlySpan<double> a, ReadOnlySpan<double> b, Span<double> c)
    {
        for (int i = 0; i < c.Length; i++) c[i] = a[i] + b[i];
    }

    /// <summary>c = a - b, element-wise; c may alias a or b.</summary>
    public static void Subtract(ReadOnlySpan<double> a, ReadOnlySpan<double> b, Span<double> c)
    {
        for (int i = 0; i < c.Length; i++) c[i] = a[i] - b[i];
    }

    /// <summary>a += k * b, element-wise.</summary>
    public static void AddScaled(Span<double> a, double k, ReadOnlySpan<double> b)
    {
        for (int i = 0; i < a.Length; i++) a[i] += k * b[i];
    }

    /// <summary>m (n x n) += k * u uᵀ, for a vector u of length n.</summary>
    public static void AddOuter(Span<double> m, int n, double k, ReadOnlySpan<double> u)
    {
        for (int i = 0; i < n; i++)
        {
            double ku = k * u[i];
            for (int j = 0; j < n; j++) m[i * n + j] += ku * u[j];
        }
    }

    /// <summary>m (r x c) += k * u vᵀ, for u of length r and v of length c.</summary>
    public static void AddOuter(Span<double> m, int rows, int columns, double k, ReadOnlySpan<double> u, ReadOnlySpan<double> v)
    {
        for (int i = 0; i < rows; i++)
        {
            double ku = k * u[i];
            for (int j = 0; j < columns; j++) m[i * columns + j] += ku * v[j];
        }
    }

    /// <summary>Writes the n x n identity.</summary>
    public static void Identity(Span<double> m, int n)
    {
        m[..(n * n)].Clear();
        for (int i = 0; i < n; i++) m[i * n + i] = 1.0;
    }

    /// <summary>Replaces m (n x n) by (m + mᵀ)/2, in place.</summary>
    public static void Symmetrise(Span<double> m, int n)
    {
        for (int i = 0; i < n; i++)
        {
            for (int j = i + 1; j < n; j++)
            {
                double v = 0.5 * (m[i * n + j] + m[j * n + i]);
                m[i * n + j] = v;
                m[j * n + i] = v;
            }
        }
    }

    /// <summary>Trace of an n x n matrix.</summary>
    public static double Trace(ReadOnlySpan<double> m, int n)
    {
        double t = 0;
        for (int i = 0; i < n; i++) t += m[i * n + i];
        return t;
    }

    /// <summary>True when every element is finite (no NaN, no infinity).</summary>
    public static bool AllFinite(ReadOnlySpan<double> m)
    {
        foreach (double v in m) if (!double.IsFinite(v)) return false;
        return true;
    }

    /// <summary>
    /// Cholesky factor l (lower triangular, upper part zeroed) with a = l lᵀ. Returns false, leaving l undefined, when a
    /// is not numerically positive definite (a pivot that is not strictly positive and finite). l may alias a.
    /// </summary>
    public static bool Cholesky(ReadOnlySpan<double> a, int n, Span<double> l)
    {
        for (int j = 0; j < n; j++)
        {
            double d = a[j * n + j];
            for (int k = 0; k < j; k++) d -= l[j * n + k] * l[j * n + k];
            if (!(d > 0) || !double.IsFinite(d)) return false;
            double ljj = Math.Sqrt(d);
            l[j * n + j] = ljj;
            double inv = 1.0 / ljj;
            for (int i = j + 1; i < n; i++)
            {
                double s = a[i * n + j];
                for (int k = 0; k < j; k++) s -= l[i * n + k] * l[j * n + k];
                l[i * n + j] = s * inv;
            }
        }
        for (int i = 0; i < n; i++)
            for (int j = i + 1; j < n; j++) l[i * n + j] = 0.0;
        return true;
    }

    /// <summary>Solves l y = b in place (forward substitution) for a lower-triangular l (n x n) and a vector b.</summary>
    public static void ForwardSubstitute(ReadOnlySpan<double> l, int n, Span<double> b)
    {
        for (int i = 0; i < n; i++)
        {
            double s = b[i];
            for (int k = 0; k < i; k++) s -= l[i * n + k] * b[k];
            b[i] = s / l[i * n + i];
        }
    }

    /// <summary>Solves lᵀ x = b in place (back substitution) for a lower-triangular l (n x n) and a vector b.</summary>
    public static void BackSubstituteTransposed(ReadOnlySpan<double> l, int n, Span<double> b)
    {
        for (int i = n - 1; i >= 0; i--)
        {
            double s = b[i];
            for (int k = i + 1; k < n; k++) s -= l[k * n + i] * b[k];
            b[i] = s / l[i * n + i];
        }
    }

    /// <summary>
    /// Solves a x = b for SPD a given its Cholesky factor l, for the k right-hand sides stored as the columns of
    /// b (n x k, row-major), in place.
    /// </summary>
    public static void CholeskySolve(ReadOnlySpan<double> l, int n, Span<double> b, int columns)
    {
        for (int c = 0; c < columns; c++)
        {
            for (int i = 0; i < n; i++)
            {
                double s = b[i * columns + c];
                for (int k = 0; k < i; k++) s -= l[i * n + k] * b[k * columns + c];
                b[i * columns + c] = s / l[i * n + i];
            }
            for (int i = n - 1; i >= 0; i--)
            {
                double s = b[i * columns + c];
                for (int k = i + 1; k < n; k++) s -= l[k * n + i] * b[k * columns + c];
                b[i * columns + c] = s / l[i * n + i];
            }
        }
    }

    /// <summary>
    /// Inverse of a symmetric positive definite a (n x n) through its Cholesky factor. Returns false when a is not
    /// positive definite. <paramref name="scratch"/> holds n*n doubles; inverse must not alias a.
    /// </summary>
    public static bool InvertSpd(ReadOnlySpan<double> a, int n, Span<double> inverse, Span<double> scratch)
    {
        if (!Cholesky(a, n, scratch)) return false;
        Identity(inverse, n);
        CholeskySolve(scratch, n, inverse, n);
        Symmetrise(inverse, n);
        return true;
    }

    /// <summary>Squared Mahalanobis norm vᵀ a⁻¹ v given the Cholesky factor l of a. <paramref name="scratch"/> holds n doubles.</summary>
    public static double SquaredMahalanobis(ReadOnlySpan<double> l, int n, ReadOnlySpan<double> v, Span<double> scratch)
    {
        v[..n].CopyTo(scratch);
        ForwardSubstitute(l, n, scratch);
        double d = 0;
        for (int i = 0; i < n; i++) d += scratch[i] * scratch[i];
        return d;
    }

    /// <summary>log det a from the Cholesky factor l of a: 2 Σ log lᵢᵢ.</summary>
    public static double LogDeterminantFromCholesky(ReadOnlySpan<double> l, int n)
    {
        double s = 0;
        for (int i = 0; i < n; i++) s += Math.Log(l[i * n + i]);
        return 2.0 * s;
    }
}
