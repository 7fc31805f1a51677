using Oberig.Cli;
using Oberig.Models.Effectors.Tables;

// Kill-probability cells flown by one command are kept for the next (TableCache says where, and how to turn it off).
KillProbabilityTable.UseDiskCache(TableCache.Directory());
try
{
    return CliHost.Invoke(OberigCommand.Create(), args);
}
finally
{
    KillProbabilityTable.SaveToDiskCache();
}
