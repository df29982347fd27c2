using LabFlow.Activities.Organisation;

namespace LabFlow.Host.Components.Tasks;

/// <summary>What every field of a task form shares: the errors to show and the people a Person field offers.</summary>
public sealed class TaskFormContext(FormErrorSet errors, IReadOnlyDictionary<string, IReadOnlyList<Person>> peopleByRole, bool disabled)
{
    /// <summary>The key of <see cref="PeopleByRole"/> for a Person field without a role.</summary>
    public const string AnyRole = "";

    public FormErrorSet Errors { get; } = errors;

    /// <summary>People to choose from, by the Person field's role (<see cref="AnyRole"/> when it names none).</summary>
    public IReadOnlyDictionary<string, IReadOnlyList<Person>> PeopleByRole { get; } = peopleByRole;

    /// <summary>While a completion is being sent the inputs wait.</summary>
    public bool Disabled { get; } = disabled;

    /// <summary>How File fields upload; <c>null</c> where nothing can be uploaded (the designer's preview).</summary>
    public AttachmentUpload? Upload { get; init; }

    public IReadOnlyList<Person> PeopleFor(string? role) =>
        PeopleByRole.TryGetValue(role ?? AnyRole, out var people) ? people : [];
}
