namespace LabFlow.Activities.Labs;

/// <summary>
/// What a run of one <see cref="Workflows.Definitions.FlowKind"/> is called in one language, in the forms sentences need.
/// </summary>
/// <param name="Indefinite">"ett labb", "en konferens"; "a lab", "a conference".</param>
/// <param name="Definite">"labbet", "konferensen", "årets arbete med aktiva åtgärder"; "the lab", "the conference".</param>
/// <param name="Label">A heading or a column's value: "Labb", "Konferens"; "Lab", "Conference".</param>
/// <param name="Neuter">Swedish grammatical gender: an ett-word ("labbet är pausat") or an en-word ("konferensen är pausad"); English ignores it.</param>
public sealed record KindNoun(string Indefinite, string Definite, string Label, bool Neuter = false)
{
    /// <summary>The word that agrees with the noun's gender: <paramref name="neuter"/> ("pausat") or <paramref name="common"/> ("pausad").</summary>
    public string Agree(string neuter, string common) => Neuter ? neuter : common;

    /// <summary><see cref="Definite"/> at the start of a sentence: "Konferensen", "The conference".</summary>
    public string DefiniteCapitalised => Capitalise(Definite);

    /// <summary><see cref="Label"/> inside a sentence or in brackets: "konferens", "conference".</summary>
    public string LabelLower => Label.Length == 0 ? Label : char.ToLowerInvariant(Label[0]) + Label[1..];

    private static string Capitalise(string text) => text.Length == 0 ? text : char.ToUpperInvariant(text[0]) + text[1..];
}
