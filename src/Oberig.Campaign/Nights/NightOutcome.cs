namespace Oberig.Campaign.Nights;

/// <summary>What one night cost and what got through, by threat type (tempo order) and by product.</summary>
internal sealed class NightOutcome(int threats, int products)
{
    public int[] Killed { get; } = new int[threats];
    public int[] Leaked { get; } = new int[threats];
    public double[] Damage { get; } = new double[threats];
    public double[] DamageEur { get; } = new double[threats];
    /// <summary>Interceptors (or rounds) fired, by product.</summary>
    public int[] Fired { get; } = new int[products];
    /// <summary>Interceptors the doctrine wanted and stocks did not have, by product.</summary>
    public double[] Short { get; } = new double[products];

    public void Clear()
    {
        Array.Clear(Killed); Array.Clear(Leaked); Array.Clear(Damage); Array.Clear(DamageEur);
        Array.Clear(Fired); Array.Clear(Short);
    }
}
