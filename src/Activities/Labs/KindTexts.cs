using LabFlow.Activities.Messages;
using LabFlow.Workflows.Definitions;

namespace LabFlow.Activities.Labs;

/// <summary>
/// The one table of what each kind of flow's run is called (Swedish and English): pages, emails and exports take
/// "labbet", "konferensen" … from here, so that a conference is never called "labbet" and no page keeps its own copy.
/// </summary>
public static class KindTexts
{
    private static readonly Dictionary<FlowKind, (KindNoun Swedish, KindNoun English)> Nouns = new()
    {
        [FlowKind.Lab] = (new("ett labb", "labbet", "Labb", Neuter: true), new("a lab", "the lab", "Lab")),
        [FlowKind.Conference] = (new("en konferens", "konferensen", "Konferens"), new("a conference", "the conference", "Conference")),
        [FlowKind.Seminar] = (new("ett seminarium", "seminariet", "Seminarium", Neuter: true), new("a seminar", "the seminar", "Seminar")),
        [FlowKind.ActiveMeasures] = (
            new("ett års arbete med aktiva åtgärder", "årets arbete med aktiva åtgärder", "Aktiva åtgärder", Neuter: true),
            new("an active-measures cycle", "the active-measures cycle", "Active measures")),
        [FlowKind.LeadingChange] = (new("ett förändringsarbete", "förändringsarbetet", "Förändringsarbete", Neuter: true), new("a change programme", "the change programme", "Change programme")),
        [FlowKind.Other] = (new("en process", "processen", "Process"), new("a process", "the process", "Process")),
    };

    /// <summary>What a run of <paramref name="kind"/> is called in <paramref name="language"/> (<c>sv</c> or <c>en</c>; anything else reads as Swedish).</summary>
    public static KindNoun Of(FlowKind kind, string language)
    {
        var nouns = Nouns.TryGetValue(kind, out var found) ? found : Nouns[FlowKinds.Default];
        return language == MessageCatalogue.English ? nouns.English : nouns.Swedish;
    }

    /// <summary>The Swedish nouns, for a text that picks its language itself.</summary>
    public static KindNoun Sv(FlowKind kind) => Of(kind, MessageCatalogue.Swedish);

    /// <summary>The English nouns, for a text that picks its language itself.</summary>
    public static KindNoun En(FlowKind kind) => Of(kind, MessageCatalogue.English);

    /// <summary>What a run of <paramref name="kind"/> is called in the current UI language.</summary>
    public static KindNoun Of(FlowKind kind) => Of(kind, MessageCatalogue.CurrentLanguage);
}
