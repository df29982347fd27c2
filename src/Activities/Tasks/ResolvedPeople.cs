using LabFlow.Activities.Organisation;

namespace LabFlow.Activities.Tasks;

/// <summary>The people an assignee value resolved to.</summary>
/// <param name="Each">One task per person rather than one task for the group.</param>
/// <param name="Role">The role they were resolved from, when it was one.</param>
public sealed record ResolvedPeople(IReadOnlyList<Person> People, bool Each, Role? Role);
