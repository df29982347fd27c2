namespace LabFlow.Activities.Knowledge;

/// <summary>
/// A search of the bank. <see cref="Text"/> is matched word by word, each word in any of its Swedish inflected forms;
/// the filters combine (all must hold). <see cref="AnyWord"/> finds entries with any of the words instead of all
/// (related entries for a new lab).
/// </summary>
public sealed record KnowledgeSearchQuery(
    string? Text = null,
    string? TargetArea = null,
    string? Ground = null,
    string? AdministrationId = null,
    string? Phase = null,
    int? Year = null,
    KnowledgeKind? Kind = null,
    bool AnyWord = false);
