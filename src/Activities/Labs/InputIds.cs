using System.Text.RegularExpressions;

namespace LabFlow.Activities.Labs;

/// <summary>The shape of LabFlow's slug ids (administrations, phases): lowercase letters a–z, digits and hyphens.</summary>
public static partial class InputIds
{
    /// <summary>The longest slug id; the database columns for ids hold more, so every valid id fits.</summary>
    public const int MaxLength = 100;

    public static bool IsValid(string? value) => value is { Length: > 0 and <= MaxLength } && Slug().IsMatch(value);

    /// <summary>What is wrong with <paramref name="value"/> as <paramref name="what"/> ("the administration's id"), or <c>null</c> when it is a valid id.</summary>
    public static string? Problem(string? value, string what) => value switch
    {
        null or "" => $"Give {what}.",
        { Length: > MaxLength } => $"Shorten {what} to at most {MaxLength} characters (it has {value.Length}).",
        _ when !Slug().IsMatch(value) => $"Write {what} with lowercase letters a–z, digits and hyphens only, such as 'grundskoleforvaltningen'.",
        _ => null,
    };

    [GeneratedRegex("^[a-z0-9]+(-[a-z0-9]+)*$", RegexOptions.CultureInvariant)]
    private static partial Regex Slug();
}
