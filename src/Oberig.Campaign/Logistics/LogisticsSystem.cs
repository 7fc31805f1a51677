using Oberig.Campaign.Random;
using Oberig.Scenario.Campaign;

namespace Oberig.Campaign.Logistics;

/// <summary>
/// Finished products from final assembly to the fire units: a depot per product, each fire unit's stock, and what is on
/// its way. Each day the depot sends each unit (lowest priority number first, then file order) what brings its stock
/// plus its deliveries under way up to its target; a delivery arrives after the unit's transit days, less its losses
/// on the way (drawn per unit sent).
/// </summary>
internal sealed class LogisticsSystem
{
    private readonly Draw _draw;
    private readonly int[] _order;
    private readonly List<(int Day, int Unit, int Units)> _underway = [];

    public LogisticsSystem(CampaignDefinition campaign, IReadOnlyList<string> products, Draw draw)
    {
        _draw = draw;
        Products = products;
        Units = campaign.Logistics.FireUnits;
        UnitStock = [.. Units.Select(u => u.InitialStock)];
        UnitProduct = [.. Units.Select(u => IndexOf(products, u.Product))];
        Depot = [.. products.Select(p => campaign.Logistics.InitialDepotStock.GetValueOrDefault(p))];
        UnderwayTo = new int[Units.Count];
        _order = [.. Enumerable.Range(0, Units.Count).OrderBy(u => Units[u].Priority).ThenBy(u => u)];
    }

    public IReadOnlyList<string> Products { get; }
    public IReadOnlyList<FireUnitSupply> Units { get; }
    public int[] UnitStock { get; }
    public int[] UnitProduct { get; }
    public int[] Depot { get; }
    public int[] UnderwayTo { get; }

    public int Underway(int product)
    {
        int n = 0;
        for (int u = 0; u < Units.Count; u++) if (UnitProduct[u] == product) n += UnderwayTo[u];
        return n;
    }

    public int AtUnits(int product)
    {
        int n = 0;
        for (int u = 0; u < Units.Count; u++) if (UnitProduct[u] == product) n += UnitStock[u];
        return n;
    }

    /// <summary>Sends from the depots, then lands what arrives today.</summary>
    /// <param name="lost">Adds units lost on the way, by product.</param>
    /// <param name="delivered">Adds units landed at fire units, by product.</param>
    public void Day(int day, int[] lost, int[] delivered)
    {
        foreach (int u in _order)
        {
            int p = UnitProduct[u];
            int want = Units[u].TargetStock - UnitStock[u] - UnderwayTo[u];
            int send = Math.Min(Math.Max(want, 0), Depot[p]);
            if (send == 0) continue;
            Depot[p] -= send;
            UnderwayTo[u] += send;
            _underway.Add((day + Units[u].TransitDays, u, send));
        }
        for (int k = 0; k < _underway.Count; k++)
        {
            var (arrival, u, units) = _underway[k];
            if (arrival > day) continue;
            int gone = _draw.Binomial(units, Units[u].LossFraction);
            UnderwayTo[u] -= units;
            UnitStock[u] += units - gone;
            lost[UnitProduct[u]] += gone;
            delivered[UnitProduct[u]] += units - gone;
            _underway[k] = _underway[^1];
            _underway.RemoveAt(_underway.Count - 1);
            k--;
        }
    }

    /// <summary>Takes <paramref name="units"/> of <paramref name="product"/> from the fire units that hold it, in
    /// proportion to what each holds (largest remainders first); never more than they hold.</summary>
    /// <returns>Units taken.</returns>
    public int Expend(int product, int units)
    {
        int held = AtUnits(product);
        units = Math.Min(units, held);
        if (units <= 0) return 0;
        // Largest remainder: each unit gives the whole part of its share (units × its stock / held, never above its
        // stock since units ≤ held), and the few left over come one each from the largest fractions; a unit with a
        // fraction has a whole part below its stock, so it always has that one more to give.
        int taken = 0;
        Span<double> remainder = stackalloc double[Units.Count];
        for (int u = 0; u < Units.Count; u++)
        {
            remainder[u] = -1;
            if (UnitProduct[u] != product || UnitStock[u] == 0) continue;
            double share = (double)units * UnitStock[u] / held;
            int whole = (int)share;
            UnitStock[u] -= whole;
            taken += whole;
            remainder[u] = share - whole;
        }
        for (; taken < units; taken++)
        {
            int best = -1;
            for (int u = 0; u < Units.Count; u++)
                if (remainder[u] >= 0 && UnitStock[u] > 0 && (best < 0 || remainder[u] > remainder[best])) best = u;
            UnitStock[best]--;
            remainder[best] = -1;
        }
        return taken;
    }

    private static int IndexOf(IReadOnlyList<string> list, string id)
    {
        for (int k = 0; k < list.Count; k++) if (list[k] == id) return k;
        throw new ArgumentException($"unknown product '{id}'");
    }
}
