using LabFlow.Workflows.Definitions;

namespace LabFlow.Activities.Methods;

/// <summary>
/// A method a step links to: the agenda item that names it (<c>methodId</c> on a workshop's agenda item), and the
/// method when the library has it (<c>null</c> for an id it does not know, which the page shows as such).
/// </summary>
public sealed record StepMethod(string MethodId, LocalizedText? AgendaItem, StoredMethod? Stored);
