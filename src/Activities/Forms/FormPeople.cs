using LabFlow.Activities.Organisation;

namespace LabFlow.Activities.Forms;

/// <summary>Checks the people chosen in a form's Person fields against the directory.</summary>
internal static class FormPeople
{
    /// <summary>An <see cref="FormError.UnknownPerson"/> error for every chosen person the directory does not know.</summary>
    public static async Task<IReadOnlyList<FormError>> FindUnknownAsync(IDirectory directory, FormValidationResult validation, CancellationToken cancellationToken)
    {
        if (validation.People.Count == 0)
        {
            return [];
        }

        var known = (await directory.ListPeopleAsync([.. validation.People.Select(p => p.PersonId).Distinct()], cancellationToken))
            .Select(p => p.Id)
            .ToHashSet();
        return [.. validation.People.Where(p => !known.Contains(p.PersonId)).Select(p => FormError.UnknownPerson(p.Path))];
    }
}
