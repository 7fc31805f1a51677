using Oberig.Scenario.Campaign;

namespace Oberig.Campaign.OrTools;

/// <summary>
/// A product's way to the fire units as the optimiser sees it: the units' pooled stock at day 0, the depot's, and one
/// mean transit time and loss fraction (over the units that stock it, weighted by their target stocks, which is
/// roughly how the depot's deliveries split). A product no fire unit stocks never reaches one (<see cref="Kept"/> 0).
/// <see cref="OneNight"/> is the most the units can hold for one night: each its target stock (what the depot tops it up
/// to) or its initial stock where that is more.
/// </summary>
internal sealed record ProductSupply(double AtUnits, double Depot, double TransitDays, double Kept, double OneNight)
{
    public static ProductSupply Of(CampaignDefinition campaign, int product)
    {
        string id = campaign.Products[product].Id;
        var units = campaign.Logistics.FireUnits.Where(u => u.Product == id).ToList();
        double depot = campaign.Logistics.InitialDepotStock.GetValueOrDefault(id);
        if (units.Count == 0) return new ProductSupply(0, depot, 0, 0, 0);
        double weights = units.Sum(u => Math.Max(u.TargetStock, 1.0));
        double transit = units.Sum(u => Math.Max(u.TargetStock, 1.0) * u.TransitDays) / weights;
        double loss = units.Sum(u => Math.Max(u.TargetStock, 1.0) * u.LossFraction) / weights;
        return new ProductSupply(units.Sum(u => u.InitialStock), depot, transit, 1 - loss, units.Sum(u => Math.Max(u.TargetStock, u.InitialStock)));
    }
}
