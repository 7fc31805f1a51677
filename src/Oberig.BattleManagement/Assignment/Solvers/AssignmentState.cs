namespace Oberig.BattleManagement.Assignment.Solvers;

/// <summary>
/// A heuristic's working assignment with what makes a move's change O(1): each target's survival as a product of
/// its nonzero (1 - p) factors and a count of zero factors (p = 1), so removing a certain kill divides nothing by 0.
/// </summary>
internal sealed class AssignmentState
{
    private readonly WtaInstance _w;
    private readonly int _n;
    public readonly int[] Counts;
    public readonly int[] Left;   // units of each weapon type not yet assigned
    public readonly int[] Load;   // units assigned to each target
    private readonly double[] _product;
    private readonly int[] _zeros;

    public AssignmentState(WtaInstance instance)
    {
        _w = instance; _n = instance.Targets;
        Counts = new int[instance.Weapons * _n];
        Left = (int[])instance.Available.Clone();
        Load = new int[_n];
        _product = (double[])instance.Values.Clone();
        _zeros = new int[_n];
    }

    public double Cost(int i) => _w.WeaponCosts?[i] ?? 0;
    public double Q(int i, int j) => 1 - _w.Probabilities[i * _n + j];
    public bool HasRoom(int j) => _w.MaxPerTarget is not { } cap || Load[j] < cap[j];

    public double Survival(int j) => _zeros[j] > 0 ? 0 : _product[j];

    /// <summary>Target j's survival with one unit of weapon i taken off (x_ij must be positive).</summary>
    public double SurvivalWithout(int i, int j)
    {
        double q = Q(i, j);
        if (q == 0) return _zeros[j] > 1 ? 0 : _product[j];
        return _zeros[j] > 0 ? 0 : _product[j] / q;
    }

    public void Add(int i, int j)
    {
        double q = Q(i, j);
        if (q == 0) _zeros[j]++; else _product[j] *= q;
        Counts[i * _n + j]++; Left[i]--; Load[j]++;
    }

    public void Remove(int i, int j)
    {
        double q = Q(i, j);
        if (q == 0) _zeros[j]--; else _product[j] /= q;
        Counts[i * _n + j]--; Left[i]++; Load[j]--;
    }

    /// <summary>Rebuilds the products from the counts, clearing the rounding that many divisions leave.</summary>
    public void Refresh()
    {
        for (int j = 0; j < _n; j++)
        {
            double s = _w.Values[j]; int z = 0;
            for (int i = 0; i < _w.Weapons; i++)
            {
                int x = Counts[i * _n + j];
                if (x == 0) continue;
                double q = Q(i, j);
                if (q == 0) z += x; else s *= Math.Pow(q, x);
            }
            _product[j] = s; _zeros[j] = z;
        }
    }
}
