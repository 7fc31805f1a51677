using System.CommandLine;

namespace Oberig.Cli.Commands;

/// <summary><c>oberig track ...</c>: the tracker on recorded data, and the data to compare trackers on.</summary>
public static class TrackCommand
{
    public static Command Build() => new("track", "Tracking on recorded detections in a local Cartesian frame.")
    {
        TrackGenerateCommand.Build(),
    };
}
