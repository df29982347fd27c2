using System.Text.RegularExpressions;
using LabFlow.Activities.Messages;

namespace LabFlow.Activities.Labs;

/// <summary>The shape of LabFlow's slug ids (administrations, phases): lowercase letters a–z, digits and hyphens.</summary>
public static partial class InputIds
{
    /// <summary>The longest slug id; the database columns for ids hold more, so every valid id fits.</summary>
    public const int MaxLength = 100;

    public static bool IsValid(string? value) => value is { Length: > 0 and <= MaxLength } && Slug().IsMatch(value);

    /// <summary>What is wrong with <paramref name="value"/> as <paramref name="what"/> ("the administration's id"), or <c>null</c> when it is a valid id.</summary>
    public static CodedMessage? Problem(string? value, string what) => value switch
    {
        null or "" => InputMessages.Required.With(("what", what)),
        { Length: > MaxLength } => InputMessages.TooLong.With(("what", what), ("max", MaxLength), ("length", value.Length)),
        _ when !Slug().IsMatch(value) => InputMessages.IdFormat.With(("what", what)),
        _ => null,
    };

    [GeneratedRegex("^[a-z0-9]+(-[a-z0-9]+)*$", RegexOptions.CultureInvariant)]
    private static partial Regex Slug();
}
