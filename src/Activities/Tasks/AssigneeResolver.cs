using System.Text.Json.Nodes;
using LabFlow.Activities.Labs;
using LabFlow.Activities.Organisation;
using LabFlow.Workflows.ActivityTypes;

namespace LabFlow.Activities.Tasks;

/// <summary>
/// Resolves an assignee as flows write it (<see cref="AssigneeSpec"/>), or an array of them. A role resolves among the
/// lab's own people first, then among the administration's members with that role.
/// </summary>
public sealed class AssigneeResolver(IDirectory directory)
{
    // The lab's people as read for the last lab object resolved against (issue 17: a new task read them once per
    // role, its assignee and each informed role). Kept only while the same Lab instance is passed, so a lab read
    // again (the next burst, request or page load) reads its people again: never older than the lab itself.
    private LabPeople? _labPeople;

    /// <exception cref="StepConfigurationException">The value is malformed, or resolves to nobody.</exception>
    internal async Task<ResolvedPeople> ResolveAsync(JsonNode? value, Lab? lab, string? administrationId, string what, CancellationToken cancellationToken)
    {
        if (value is JsonArray items)
        {
            var people = new List<Person>();
            Role? role = null;
            foreach (var item in items)
            {
                var resolved = await ResolveAsync(item, lab, administrationId, what, cancellationToken);
                people.AddRange(resolved.People);
                role ??= resolved.Role;
            }

            return new ResolvedPeople([.. people.DistinctBy(p => p.Id)], Each: false, role);
        }

        var problems = new List<ActivityValidationIssue>();
        switch (AssigneeSpec.Read(value, problems))
        {
            case AssigneeSpec.OfPerson person:
                return new ResolvedPeople([await FindPersonAsync(person.Reference, what, cancellationToken)], Each: false, null);
            case AssigneeSpec.OfRole byRole:
                var people = await ResolveRoleAsync(byRole.Role, lab, administrationId, cancellationToken);
                if (people.Count == 0)
                {
                    var where = lab is null ? $"administration '{administrationId}'" : $"lab '{lab.Title}' or its administration '{lab.AdministrationId}'";
                    throw new StepConfigurationException($"{what}: nobody has role {byRole.Role} in {where}. Add a person with that role to the lab, then retry the step.");
                }

                return new ResolvedPeople(people, byRole.Each, byRole.Role);
            default:
                // The loader checks literal assignees; this is a value an expression computed.
                throw new StepConfigurationException($"{what}: {string.Join(" ", problems.Select(p => p.Message))}");
        }
    }

    /// <summary>Active people with <paramref name="role"/>: the lab's own first, else the administration's members.</summary>
    public async Task<IReadOnlyList<Person>> ResolveRoleAsync(Role role, Lab? lab, string? administrationId, CancellationToken cancellationToken)
    {
        if (lab is not null)
        {
            var ids = lab.People.Where(m => m.Role == role).Select(m => m.PersonId).Distinct().ToList();
            if (ids.Count > 0)
            {
                var people = await LabPeopleAsync(lab, cancellationToken);
                var own = ids.Select(people.GetValueOrDefault).OfType<Person>().Where(p => p.Active).ToList();
                if (own.Count > 0)
                {
                    return own;
                }
            }
        }

        var administration = lab?.AdministrationId ?? administrationId;
        return administration is null ? [] : await directory.ListMembersAsync(administration, role, cancellationToken);
    }

    /// <summary>
    /// The people of a lab about to be launched, as its launch just read them to check them: its start burst resolves
    /// its roles against this very lab object without reading them again.
    /// </summary>
    internal void Remember(Lab lab, Dictionary<Guid, Person> people)
    {
        if (lab.People.All(m => people.ContainsKey(m.PersonId)))
        {
            _labPeople = new LabPeople(lab, people);
        }
    }

    /// <summary>Every person of <paramref name="lab"/>, read once per lab object.</summary>
    private async Task<Dictionary<Guid, Person>> LabPeopleAsync(Lab lab, CancellationToken cancellationToken)
    {
        if (_labPeople is { } known && ReferenceEquals(known.Lab, lab))
        {
            return known.People;
        }

        var people = (await directory.ListPeopleAsync([.. lab.People.Select(m => m.PersonId).Distinct()], cancellationToken)).ToDictionary(p => p.Id);
        _labPeople = new LabPeople(lab, people);
        return people;
    }

    private sealed record LabPeople(Lab Lab, Dictionary<Guid, Person> People);

    private async Task<Person> FindPersonAsync(string reference, string what, CancellationToken cancellationToken)
    {
        var person = Guid.TryParse(reference, out var id)
            ? await directory.FindPersonAsync(id, cancellationToken)
            : await directory.FindPersonByEmailAsync(reference, cancellationToken);
        return person is { Active: true }
            ? person
            : throw new StepConfigurationException(person is null
                ? $"{what} names person '{reference}', who is not in the directory. Use a person id or email address of someone in LabFlow."
                : $"{what} names person '{reference}', who is no longer active. Choose someone else.");
    }
}
