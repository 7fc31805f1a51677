using Oberig.Models.Effectors.Tables;
using Oberig.Models.Tests.Sensors;

namespace Oberig.Models.Tests.Effectors;

public sealed class KillProbabilityTableFileTests : IDisposable
{
    private static readonly Oberig.Scenario.Catalog.InterceptorType Mica = TestSensors.Catalog.Interceptors["mica"];
    private readonly string _directory = Path.Combine(Path.GetTempPath(), $"oberig-pk-{Guid.NewGuid():N}");

    public void Dispose()
    {
        if (Directory.Exists(_directory)) Directory.Delete(_directory, recursive: true);
    }

    [Fact]
    public void CellsFlownInOneProcessAreReadByTheNextAndOthersStayToBeFlown()
    {
        // A seed no other test uses: the shared table for these options is created here, under the disk cache.
        var options = KillProbabilityTableOptions.Default with { TargetSpeedsMps = [300, 1200], AspectsDeg = [0, 90], RangeStride = 8, HeightStride = 6, Seed = 9_001 };
        KillProbabilityTable.UseDiskCache(_directory);
        KillProbabilityTable first;
        try
        {
            first = KillProbabilityTable.For(Mica, options);
            Assert.Equal(0, first.FlownCells);
            double flown = first.At(1, 1, 1, 1);
            KillProbabilityTable.SaveToDiskCache();
            // What the next process finds: that cell's value, the others still to fly.
            string path = KillProbabilityTableFile.PathFor(_directory, Mica, options);
            int cells = 2 * 2 * first.GroundRangesM.Count * first.HeightsM.Count;
            var stored = KillProbabilityTableFile.TryRead(path, cells)!;
            Assert.Equal(cells - 1, stored.Count(v => v == -1));
            Assert.Contains(flown, stored);
            // A second writer's cells merge in, none lost: the file keeps both.
            var other = Enumerable.Repeat(-1.0, cells).ToArray();
            other[0] = 0.25;
            KillProbabilityTableFile.Write(path, other, -1);
            var merged = KillProbabilityTableFile.TryRead(path, cells)!;
            Assert.Equal(cells - 2, merged.Count(v => v == -1));
            Assert.Equal(0.25, merged[0]);
            Assert.Contains(flown, merged);
        }
        finally
        {
            KillProbabilityTable.UseDiskCache(null);
        }
    }

    [Fact]
    public void AnotherCatalogEntryOrOtherOptionsReadAnotherFileAndABadFileIsIgnored()
    {
        var options = KillProbabilityTableOptions.Default;
        string path = KillProbabilityTableFile.PathFor(_directory, Mica, options);
        Assert.NotEqual(path, KillProbabilityTableFile.PathFor(_directory, Mica with { Flyout = Mica.Flyout! with { SeekerFovDeg = 90 } }, options));
        Assert.NotEqual(path, KillProbabilityTableFile.PathFor(_directory, Mica, options with { Runs = 7 }));
        Assert.Equal(path, KillProbabilityTableFile.PathFor(_directory, Mica with { }, options with { }));
        Directory.CreateDirectory(_directory);
        File.WriteAllText(path, "not a table");
        Assert.Null(KillProbabilityTableFile.TryRead(path, 10));
        KillProbabilityTableFile.Write(path, [0.5, -1, 0.75], -1);
        Assert.Null(KillProbabilityTableFile.TryRead(path, 4)); // another shape: a mismatch, not a misread
        Assert.Equal([0.5, -1, 0.75], KillProbabilityTableFile.TryRead(path, 3)!);
    }
}
