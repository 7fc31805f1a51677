using Oberig.Core.Random;

namespace Oberig.Campaign.Random;

/// <summary>
/// A <see cref="System.Random"/> that draws from an Oberig <see cref="RandomStream"/>, so Math.NET's samplers
/// (Poisson, Gamma, Binomial) run on the campaign's seeded, per-replication streams. The base seed is unused: every
/// member Math.NET calls is overridden.
/// </summary>
internal sealed class StreamRandom(RandomStream stream) : System.Random(0)
{
    public override double NextDouble() => stream.NextDouble();
    protected override double Sample() => stream.NextDouble();
    public override int Next() => stream.NextInt(int.MaxValue);
    public override int Next(int maxValue) => maxValue <= 0 ? 0 : stream.NextInt(maxValue);
    public override int Next(int minValue, int maxValue) => minValue >= maxValue ? minValue : minValue + stream.NextInt(maxValue - minValue);
    public override long NextInt64() => (long)(stream.NextUInt64() >> 1);
    public override void NextBytes(byte[] buffer) => NextBytes(buffer.AsSpan());
    public override void NextBytes(Span<byte> buffer)
    {
        for (int k = 0; k < buffer.Length; k++) buffer[k] = (byte)stream.NextUInt64();
    }
}
