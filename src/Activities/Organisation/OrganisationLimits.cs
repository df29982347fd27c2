namespace LabFlow.Activities.Organisation;

/// <summary>The longest texts of people and administrations; the API, the pages and the directory read the same constants.</summary>
public static class OrganisationLimits
{
    public const int NameLength = 200;

    public const int EmailLength = 256;

    /// <summary>A note when a person's tasks are handed over.</summary>
    public const int NoteLength = 1000;
}
