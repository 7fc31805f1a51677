using Oberig.BattleManagement.Assignment;
using Oberig.Core.Diagnostics;

namespace Oberig.BattleManagement.Tests.Assignment;

public sealed class WtaFileTests
{
    private const string Good = "2 3 2\n10\n20\n30\n0 0 0.5\n0 1 0.25\n0 2 0\n1 0 1\n1 1 0.75\n1 2 0.125\n";

    private static WtaInstance Parse(string text) => WtaFile.Read(new StringReader(text), "w.txt");

    private static IReadOnlyList<string> Problems(string text) =>
        Assert.Throws<InputException>(() => Parse(text)).Problems.Select(p => p.ToString()).ToList();

    [Fact]
    public void Reads_the_published_layout_with_zero_based_indices()
    {
        var w = Parse(Good);
        Assert.Equal(2, w.Weapons);
        Assert.Equal(3, w.Targets);
        Assert.Equal([2, 2], w.Available);
        Assert.Equal([10.0, 20, 30], w.Values);
        Assert.Equal(0.75, w.Probability(1, 1));
        Assert.Equal(1, w.Probability(1, 0));
    }

    [Fact]
    public void Pairs_may_come_in_any_order_and_blank_lines_are_skipped()
    {
        var w = Parse("1 2 1\n\n5\n6\n0 1 0.2\n\n0 0 0.1\n");
        Assert.Equal(0.1, w.Probability(0, 0));
        Assert.Equal(0.2, w.Probability(0, 1));
    }

    [Fact]
    public void Writing_and_reading_back_gives_the_same_instance()
    {
        var w = WtaGenerator.Generate(4, 7, 3, seed: 5);
        var text = new StringWriter();
        WtaFile.Write(w, text);
        var back = Parse(text.ToString());
        Assert.Equal(w.Values, back.Values);
        Assert.Equal(w.Probabilities, back.Probabilities);
        Assert.Equal(w.Available, back.Available);
    }

    [Theory]
    [InlineData("", "w.txt: empty file (expected a first line 'm n mu')")]
    [InlineData("2 3\n", "w.txt:1: header: expected 3 numbers 'm n mu', found 2")]
    [InlineData("0 3 1\n", "w.txt:1: m: '0' is not allowed (a whole number, at least 1)")]
    [InlineData("2 x 1\n", "w.txt:1: n: 'x' is not allowed (a whole number, at least 1)")]
    public void A_bad_header_is_reported_on_line_one(string text, string expected) =>
        Assert.Equal([expected], Problems(text));

    [Fact]
    public void Every_bad_line_is_reported_at_once_with_its_line_number()
    {
        string text = "2 2 1\n10\n-3\n0 0 0.5\n0 1 1.5\n1 0 NaN\n1 0 0.2\n";
        Assert.Equal(
        [
            "w.txt:3: value[1]: -3 is negative (values are at least 0)",
            "w.txt:5: p[0,1]: 1.5 is outside [0, 1]",
            "w.txt:6: p[1,0]: 'NaN' is not a number",
            "w.txt:7: p[1,0]: duplicate pair (first given on line 6)",
            "w.txt:7: p[1,1]: missing (every pair i j must be given once)",
        ], Problems(text));
    }

    [Fact]
    public void Duplicate_pairs_name_the_first_line()
    {
        var problems = Problems("1 2 1\n5\n6\n0 0 0.1\n0 0 0.2\n");
        Assert.Contains("w.txt:5: p[0,0]: duplicate pair (first given on line 4)", problems);
        Assert.Contains("w.txt:5: p[0,1]: missing (every pair i j must be given once)", problems);
    }

    [Fact]
    public void Indices_outside_the_declared_counts_are_rejected()
    {
        var problems = Problems("1 1 1\n5\n1 1 0.1\n");
        Assert.Contains("w.txt:3: i: '1' is not a weapon index (0 to 0)", problems);
    }

    [Fact]
    public void A_truncated_file_says_what_it_expected()
    {
        Assert.Contains("w.txt:3: file ends early: expected 3 target values for m=2, n=3 (10 non-blank lines, found 3)", Problems("2 3 1\n1\n2\n"));
        Assert.Contains("w.txt:5: file ends early: expected 6 probability lines for m=2, n=3 (10 non-blank lines, found 5)", Problems("2 3 1\n1\n2\n3\n0 0 0.1\n"));
    }

    [Fact]
    public void Extra_content_and_wrong_field_counts_are_reported()
    {
        Assert.Contains("w.txt:5: unexpected content after the 1 probability lines of an 1 x 1 instance", Problems("1 1 1\n5\n0 0 0.1\n\n7\n"));
        Assert.Contains("w.txt:3: pair: expected 'i j p_ij', found 2 fields", Problems("1 1 1\n5\n0 0\n"));
        Assert.Contains("w.txt:2: value[0]: 'abc' is not a finite number", Problems("1 1 1\nabc\n0 0 0.1\n"));
        Assert.Contains("w.txt:2: value[0]: 'Infinity' is not a finite number", Problems("1 1 1\nInfinity\n0 0 0.1\n"));
    }

    [Fact]
    public void A_missing_file_is_a_problem_not_a_crash()
    {
        var e = Assert.Throws<InputException>(() => WtaFile.Read("/nonexistent/w.txt"));
        Assert.Equal("/nonexistent/w.txt: file not found", e.Problems.Single().ToString());
    }
}
