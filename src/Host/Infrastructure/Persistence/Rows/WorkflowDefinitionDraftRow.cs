namespace LabFlow.Host.Infrastructure.Persistence.Rows;

/// <summary>The one editable draft of a flow id.</summary>
internal sealed class WorkflowDefinitionDraftRow
{
    public required string DefinitionId { get; set; }

    public required string Json { get; set; }

    public DateTimeOffset SavedAt { get; set; }
}
