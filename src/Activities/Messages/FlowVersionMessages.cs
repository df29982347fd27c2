namespace LabFlow.Activities.Messages;

/// <summary>The refusals of the flows API (<c>/api/v1/flows</c>): versions and drafts that do not exist, documents that cannot be saved.</summary>
public static class FlowVersionMessages
{
    public static readonly MessageText NotPublished = new(
        "flow.not_published",
        "Flödet '{id}' har ingen publicerad version. Kontrollera id:t, eller publicera flödets utkast.",
        "Flow '{id}' has no published version. Check the id, or publish its draft.");

    public static readonly MessageText VersionNotFound = new(
        "flow.version_not_found",
        "Flödet '{id}' har ingen version {version}. Se flödets versioner på /api/v1/flows/{id}/versions.",
        "Flow '{id}' has no version {version}. List its versions at /api/v1/flows/{id}/versions.");

    public static readonly MessageText DraftNotFound = new(
        "flow.draft_not_found",
        "Flödet '{id}' har inget utkast. Skapa ett med POST /api/v1/flows.",
        "Flow '{id}' has no draft. Create one with POST /api/v1/flows.");

    public static readonly MessageText PublishInvalid = new(
        "flow.publish_invalid",
        "Flödet kan inte publiceras förrän alla fel är rättade; varje JSON-sökväg säger vad som ska göras.",
        "The flow cannot be published until every error is fixed; each JSON path lists what to do.");

    public static readonly MessageText NotADraft = new(
        "flow.not_a_draft",
        "Dokumentet är inte ett flöde som kan sparas som utkast; rätta felen som listas per JSON-sökväg.",
        "The document is not a flow that can be saved as a draft; fix the errors listed per JSON path.");
}
