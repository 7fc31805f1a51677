using Oberig.Core.Geodesy;
using Oberig.Core.Time;

namespace Oberig.Engine.Events;

/// <summary>
/// One event, as a value: indices into the world's registries instead of strings, so publishing allocates nothing.
/// <see cref="Threat"/> is a threat index or -1; <see cref="Actor"/> a sensor, fire-unit or asset index (by kind) or -1.
/// </summary>
public readonly record struct SimEvent(
    SimTime Time,
    SimEventKind Kind,
    int Threat,
    int Actor,
    Geodetic Position,
    double Value = 0);
