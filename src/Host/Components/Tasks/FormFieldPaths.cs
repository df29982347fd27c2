using System.Text;
using System.Text.RegularExpressions;

namespace LabFlow.Host.Components.Tasks;

/// <summary>
/// The paths the domain's <see cref="Activities.Forms.FormError"/> uses (<c>risks[1].measure</c>, <c>skr['a b']</c>),
/// so an error finds its field, and the HTML ids made from them.
/// </summary>
internal static partial class FormFieldPaths
{
    public static string Property(string parent, string name)
    {
        if (!Identifier().IsMatch(name))
        {
            return $"{parent}['{name.Replace("'", "\\'", StringComparison.Ordinal)}']";
        }

        return parent.Length == 0 ? name : $"{parent}.{name}";
    }

    public static string Index(string parent, int index) => $"{parent}[{index}]";

    /// <summary>An HTML id for the input at <paramref name="path"/>: letters, digits and hyphens only.</summary>
    public static string ElementId(string path)
    {
        var id = new StringBuilder("field-", path.Length + 6);
        foreach (var c in path)
        {
            id.Append(char.IsAsciiLetterOrDigit(c) ? c : '-');
        }

        return id.ToString();
    }

    [GeneratedRegex("^[A-Za-z_$][A-Za-z0-9_$]*$")]
    private static partial Regex Identifier();
}
