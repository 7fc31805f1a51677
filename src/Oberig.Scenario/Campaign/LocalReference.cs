using Oberig.Core.Text;

namespace Oberig.Scenario.Campaign;

/// <summary>
/// Explains why an id does not name one of the file's own things (a country, line, product). Those lists are short,
/// so they are shown whole; a suggestion is made only for names long enough that a near miss is a typo ("ua-finall")
/// rather than another name ("de" is not a misspelt "fr").
/// </summary>
internal static class LocalReference
{
    private const int ShortestMisspelling = 4;

    /// <param name="wanted">The kind wanted, in words ("line").</param>
    /// <param name="holder">What declares the ids, for the message when it declares none ("the campaign").</param>
    public static string Problem(string id, string wanted, IEnumerable<string> known, string holder)
    {
        var ids = known.Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToArray();
        if (id.Length >= ShortestMisspelling && DidYouMean.Closest(id, ids) is { } suggestion)
            return $"unknown {wanted} '{id}' (did you mean '{suggestion}'?)";
        return ids.Length == 0 ? $"unknown {wanted} '{id}' ({holder} has none)" : $"unknown {wanted} '{id}' (known: {string.Join(", ", ids)})";
    }
}
