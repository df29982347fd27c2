using LabFlow.Activities.Security;

namespace LabFlow.Activities.Surveys;

/// <summary>The secret in a personal survey link (its hash, <see cref="SecretTokens.Hash"/>, is stored in its place).</summary>
public static class SurveyLinkTokens
{
    /// <summary>The length of a token this class makes.</summary>
    public const int Length = SecretTokens.Length;

    /// <summary>256 random bits: the link cannot be guessed, so holding it is the proof.</summary>
    public static string New() => SecretTokens.New();

    /// <summary>Whether <paramref name="token"/> has the shape of a token (a link cut short or mangled by a mail client has not).</summary>
    public static bool IsWellFormed(string? token) =>
        token is { Length: Length } && token.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_');
}
