namespace Oberig.Tracking.Models.Measurement;

/// <summary>
/// A measurement model whose noise-free measurement can be turned back into a position: what single-point
/// initiation needs from a sensor that does not measure Cartesian position directly (a radar's range, azimuth and
/// elevation). The position is in the state's frame, the sensor's position added.
/// </summary>
public interface IInvertibleMeasurement
{
    /// <summary>Position components the inverse yields (3 for range-azimuth-elevation, 2 for range-azimuth), in the
    /// order of the state's position axes (x, y, z = state indices 0, 2, 4).</summary>
    int PositionAxes { get; }

    /// <summary>
    /// The position p = g(z) whose measurement is <paramref name="measurement"/>, and its covariance J R Jᵀ
    /// (<see cref="PositionAxes"/> × <see cref="PositionAxes"/>, row-major), J = ∂g/∂z at the measurement: the linearised
    /// spread of the measurement noise in position.
    /// </summary>
    void InvertToPosition(ReadOnlySpan<double> measurement, Span<double> position, Span<double> positionCovariance);
}
