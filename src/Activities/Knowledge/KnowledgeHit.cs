namespace LabFlow.Activities.Knowledge;

/// <summary>
/// One search result as the reader may see it: only entries the reader may read are results at all, so no snippet
/// of another text is ever shown. <see cref="LabTitle"/> and <see cref="LabId"/> (the way to the lab and its report)
/// are given only to readers who may see the lab; <see cref="MayOpenReport"/> only to those who may export its Word
/// report (<c>GET /api/v1/labs/{id}/report.docx</c>).
/// </summary>
/// <param name="Snippet">Up to <see cref="KnowledgeLimits.SnippetLength"/> characters of the entry's text around the first word searched for.</param>
public sealed record KnowledgeHit(KnowledgeEntry Entry, string Snippet, Guid? LabId, string? LabTitle, bool MayOpenReport = false);
