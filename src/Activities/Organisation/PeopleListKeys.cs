namespace LabFlow.Activities.Organisation;

/// <summary>The one place a person's keys of the people list are made (stored with the person in the database).</summary>
public static class PeopleListKeys
{
    /// <summary>The key the list sorts a person by: <see cref="SwedishSortKey"/> of the name, or the email in upper case.</summary>
    public static string Of(Person person, PeopleSort sort)
    {
        ArgumentNullException.ThrowIfNull(person);
        return sort == PeopleSort.Email ? EmailKey(person.Email) : SwedishSortKey.For(person.Name);
    }

    /// <summary>An email as the directory finds and sorts it, without regard to case.</summary>
    public static string EmailKey(string email)
    {
        ArgumentNullException.ThrowIfNull(email);
        return email.ToUpperInvariant();
    }

    /// <summary>Whether a search matches the person: its key inside the name's key, or the text inside the email.</summary>
    public static bool Matches(Person person, string search)
    {
        ArgumentNullException.ThrowIfNull(person);
        var nameKey = SwedishSortKey.For(search);
        return (nameKey.Length > 0 && SwedishSortKey.For(person.Name).Contains(nameKey, StringComparison.Ordinal))
            || EmailKey(person.Email).Contains(EmailKey(search), StringComparison.Ordinal);
    }
}
