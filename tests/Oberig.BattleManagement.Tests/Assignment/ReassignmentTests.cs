using Oberig.BattleManagement.Assignment;
using Oberig.BattleManagement.Assignment.Solvers;

namespace Oberig.BattleManagement.Tests.Assignment;

public sealed class ReassignmentTests
{
    /// <summary>The sparse move (candidates plus pricing) reaches the dense move's optimum round after round, with
    /// candidate sets from complete (1 candidate per row is far from complete; 64 covers every target) to minimal.</summary>
    [Theory]
    [InlineData(1)]
    [InlineData(3)]
    [InlineData(64)]
    public void Sparse_move_equals_dense_move(int candidates)
    {
        var instances = new List<WtaInstance>();
        for (int index = 0; index < 150; index++)
            instances.Add(RandomInstances.Small(index, costs: index % 2 == 1, caps: index % 3 == 2));
        for (int mu = 1; mu <= 3; mu++) instances.Add(WtaGenerator.Generate(12, 24, mu, seed: 5));
        foreach (var w in instances)
        {
            var sparseState = new AssignmentState(w);
            var denseState = new AssignmentState(w);
            MarginalReturnGreedy.Run(sparseState, w);
            MarginalReturnGreedy.Run(denseState, w);
            var sparse = new Reassignment(w, sparseState, candidates, Reassignment.Solve.Sparse);
            var dense = new Reassignment(w, denseState, candidates, Reassignment.Solve.Dense);
            for (int round = 0; round < 4; round++)
            {
                bool a = sparse.Round(round), b = dense.Round(round);
                double x = WtaObjective.Evaluate(w, sparseState.Counts), y = WtaObjective.Evaluate(w, denseState.Counts);
                Assert.True(WtaObjective.IsFeasible(w, sparseState.Counts));
                Assert.Equal(y, x, 1e-9 * Math.Max(1, y));
                Assert.Equal(b, a);
                // Ties may pick different assignments of equal objective; continue both from the same one.
                sparseState = Copy(w, denseState);
                sparse = new Reassignment(w, sparseState, candidates, Reassignment.Solve.Sparse);
            }
        }
    }

    private static AssignmentState Copy(WtaInstance w, AssignmentState from)
    {
        var to = new AssignmentState(w);
        for (int i = 0; i < w.Weapons; i++)
            for (int j = 0; j < w.Targets; j++)
                for (int k = 0; k < from.Counts[i * w.Targets + j]; k++) to.Add(i, j);
        return to;
    }
}
