namespace Oberig.Scenario.Tests;

/// <summary>Files that are not usable text give one clean whole-file problem, never an exception.</summary>
public sealed class FileErrorTests
{
    private static string[] Validate(string path) => TestFiles.Problems(ScenarioLoader.Validate(path, TestFiles.Catalog), path);

    [Fact]
    public void Empty_file() => Assert.Equal(["s.yaml: file is empty"], TestFiles.ScenarioProblems(""));

    [Fact]
    public void Comment_only_file() =>
        Assert.Equal(["s.yaml: file is empty (only comments or blank lines)"], TestFiles.ScenarioProblems("# nothing here\n"));

    [Fact]
    public void Binary_file()
    {
        var path = Path.Combine(TestFiles.NewDirectory(), "s.yaml");
        File.WriteAllBytes(path, [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0x00, 0x00]);
        Assert.Equal(["s.yaml: is a binary file, not YAML or JSON text"], Validate(path));
    }

    [Fact]
    public void Invalid_utf8()
    {
        var path = Path.Combine(TestFiles.NewDirectory(), "s.yaml");
        File.WriteAllBytes(path, [(byte)'n', (byte)':', (byte)' ', 0xC3, 0x28]);
        Assert.Equal(["s.yaml: is not valid UTF-8 text (binary file, or saved in another encoding)"], Validate(path));
    }

    [Fact]
    public void Missing_file()
    {
        var path = Path.Combine(TestFiles.NewDirectory(), "nope.yaml");
        Assert.Equal(["nope.yaml: file not found"], Validate(path));
    }

    [Fact]
    public void Directory_instead_of_file()
    {
        var path = TestFiles.NewDirectory();
        Assert.Equal([$"{Path.GetFileName(path)}: is a directory, not a file"], Validate(path));
    }

    [Fact]
    public void Top_level_list() =>
        Assert.Equal(["s.yaml:1: the file holds a list at the top level (allowed: a mapping of field names to values)"],
            TestFiles.ScenarioProblems("- a\n- b\n"));

    [Fact]
    public void Load_throws_input_exception_with_every_problem()
    {
        var path = TestFiles.Write("name: T\n");
        var ex = Assert.Throws<Oberig.Core.Diagnostics.InputException>(() => ScenarioLoader.Load(path, TestFiles.Catalog));
        Assert.Equal(2, ex.Problems.Count); // area and settings missing
    }
}
