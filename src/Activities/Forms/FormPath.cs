using System.Text.RegularExpressions;

namespace LabFlow.Activities.Forms;

/// <summary>Builds the paths of form definition errors and answer errors (<c>risks[1].measure</c>).</summary>
internal static partial class FormPath
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

    [GeneratedRegex("^[A-Za-z_$][A-Za-z0-9_$]*$")]
    private static partial Regex Identifier();
}
