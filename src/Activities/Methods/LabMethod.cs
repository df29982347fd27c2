using LabFlow.Workflows.Definitions;

namespace LabFlow.Activities.Methods;

/// <summary>
/// One method of the library (Crazy 8s, stakeholder map …): what it is for, how long it takes, for how many, what it
/// needs, how to run it step by step (Markdown), how it includes everyone, and where it comes from. The same shape is
/// a shipped file in <c>workflows-json/methods/</c> and a stored version (<see cref="MethodJson"/>).
/// </summary>
public sealed record LabMethod
{
    /// <summary>A slug, such as <c>crazy-8s</c>; agenda items and task instructions link to it.</summary>
    public required string Id { get; init; }

    public required LocalizedText Name { get; init; }

    /// <summary>What the method is for, in a sentence or two.</summary>
    public required LocalizedText Purpose { get; init; }

    /// <summary>The lab phases it fits (<see cref="MethodRules.Phases"/>), for the library's filter.</summary>
    public IReadOnlyList<string> Phases { get; init; } = [];

    public required MethodRange Minutes { get; init; }

    public required MethodRange GroupSize { get; init; }

    /// <summary>Markdown (usually a list); may be empty.</summary>
    public LocalizedText? Materials { get; init; }

    /// <summary>Markdown: the steps, numbered. Shown through <see cref="Tasks.TaskMarkdown.ToSafeHtml"/>.</summary>
    public required LocalizedText Instructions { get; init; }

    /// <summary>The grounds of discrimination the method helps to consider (<see cref="Forms.FormPresets.DiscriminationGroundOptions"/> values).</summary>
    public IReadOnlyList<string> Grounds { get; init; } = [];

    /// <summary>Markdown: how to include everyone (accessibility, language, power, who is heard).</summary>
    public required LocalizedText Inclusion { get; init; }

    /// <summary>Markdown: where the method comes from (a book, a guide, a link).</summary>
    public required LocalizedText Source { get; init; }
}
