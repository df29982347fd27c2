using LabFlow.Activities.Organisation;
using LabFlow.Activities.Tasks;

namespace LabFlow.Activities.Labs;

/// <summary>
/// Whom a person picker offers for work in a lab (adding a person, giving or handing over a task): the active people of
/// the lab and of its administration whose name or email contains what was typed. The service decides who may ask,
/// as the commands that follow do (they check rights and that the person is active again when the choice is sent).
/// </summary>
public sealed class LabPeopleChoices(LabService labs, TaskService tasks, ILabStore labStore, IDirectory directory)
{
    /// <summary>How many people one search answers; typing more narrows it.</summary>
    public const int MaxResults = 20;

    /// <summary>Longer searches are cut: no name or email is longer, and a search must stay cheap.</summary>
    public const int MaxSearchLength = 200;

    /// <summary>People a manager of the lab can add to it or give its tasks to.</summary>
    /// <exception cref="LabDomainException"><c>not_found</c>; <c>forbidden</c> unless the actor manages the lab.</exception>
    public async Task<IReadOnlyList<Person>> SearchForLabAsync(Guid labId, Guid actorId, string search, CancellationToken cancellationToken)
    {
        var lab = await labs.RequireManagerAsync(labId, actorId, cancellationToken);
        return await SearchAsync(lab, search, cancellationToken);
    }

    /// <summary>People the viewer of a task can hand it to (delegating re-checks that they are its assignee).</summary>
    /// <exception cref="LabDomainException"><c>not_found</c>; <c>forbidden</c> when the actor cannot see the task.</exception>
    public async Task<IReadOnlyList<Person>> SearchForTaskAsync(Guid taskId, Guid actorId, string search, CancellationToken cancellationToken)
    {
        var task = await tasks.GetAsync(taskId, actorId, cancellationToken);
        var lab = await labStore.FindAsync(task.LabId, cancellationToken);
        return lab is null ? [] : await SearchAsync(lab, search, cancellationToken);
    }

    private async Task<IReadOnlyList<Person>> SearchAsync(Lab lab, string search, CancellationToken cancellationToken)
    {
        var text = search.Trim();
        if (text.Length == 0)
        {
            return [];
        }

        text = text.Length > MaxSearchLength ? text[..MaxSearchLength] : text;
        var ownPeople = await directory.ListPeopleAsync([.. lab.People.Select(m => m.PersonId).Distinct()], cancellationToken);
        // The first MaxResults members by name are enough: no member after them can be among the first of the union.
        var members = await directory.SearchPeopleAsync(new PeopleQuery(text, lab.AdministrationId), MaxResults, cancellationToken);
        return [.. ownPeople.Where(p => PeopleListKeys.Matches(p, text))
            .Concat(members.Select(m => m.Person))
            .Where(p => p.Active)
            .DistinctBy(p => p.Id)
            .OrderBy(p => SwedishSortKey.For(p.Name), StringComparer.Ordinal)
            .ThenBy(p => p.Id)
            .Take(MaxResults)];
    }
}
