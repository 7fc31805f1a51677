using Oberig.Core.Geodesy;
using Oberig.Core.Numerics;
using Oberig.Scenario.Model;

namespace Oberig.Models.Damage;

/// <summary>One asset hit by one impact: its index in the ledger and the value it lost.</summary>
public readonly record struct AssetHit(int AssetIndex, double ValueLost);

/// <summary>
/// The remaining value of each defended asset in one replication. Mutable, not thread-safe: one per replication.
/// Built once (it allocates then); applying impacts through <see cref="ImpactDamage"/> allocates nothing.
/// </summary>
public sealed class AssetDamageLedger
{
    private readonly DefendedAsset[] _assets;
    private readonly Vec3[] _groundEcef;
    private readonly double[] _remaining;
    private readonly AssetHit[] _lastHits;
    private int _lastHitCount;

    public AssetDamageLedger(IReadOnlyList<DefendedAsset> assets)
    {
        ArgumentNullException.ThrowIfNull(assets);
        _assets = [.. assets];
        _groundEcef = new Vec3[_assets.Length];
        _remaining = new double[_assets.Length];
        _lastHits = new AssetHit[_assets.Length];
        for (int i = 0; i < _assets.Length; i++)
        {
            var a = _assets[i];
            if (!(a.Value >= 0)) throw new ArgumentException($"asset '{a.Id}': value must be >= 0 (is {a.Value})", nameof(assets));
            if (!(a.RadiusM >= 0)) throw new ArgumentException($"asset '{a.Id}': radius_m must be >= 0 (is {a.RadiusM})", nameof(assets));
            _groundEcef[i] = Wgs84.ToEcef(a.Position.WithHeight(0)).AsVector;
            _remaining[i] = a.Value;
            TotalValue += a.Value;
        }
    }

    public int Count => _assets.Length;
    public DefendedAsset Asset(int index) => _assets[index];
    public double Remaining(int index) => _remaining[index];
    public double Lost(int index) => _assets[index].Value - _remaining[index];
    /// <summary>Sum of the assets' initial values.</summary>
    public double TotalValue { get; }
    /// <summary>Value destroyed so far, all assets together.</summary>
    public double TotalDamage { get; private set; }
    /// <summary>The assets hit by the most recent impact (valid until the next one).</summary>
    public ReadOnlySpan<AssetHit> LastHits => _lastHits.AsSpan(0, _lastHitCount);

    /// <summary>Restores every asset to its full value, for reuse in the next replication.</summary>
    public void Reset()
    {
        for (int i = 0; i < _assets.Length; i++) _remaining[i] = _assets[i].Value;
        TotalDamage = 0;
        _lastHitCount = 0;
    }

    internal double Apply(Vec3 impactGroundEcef, double damageFraction)
    {
        _lastHitCount = 0;
        double total = 0;
        for (int i = 0; i < _assets.Length; i++)
        {
            double r = _assets[i].RadiusM;
            if ((_groundEcef[i] - impactGroundEcef).NormSquared > r * r) continue;
            double lost = _remaining[i] * damageFraction;
            _remaining[i] -= lost;
            _lastHits[_lastHitCount++] = new AssetHit(i, lost);
            total += lost;
        }
        TotalDamage += total;
        return total;
    }
}
