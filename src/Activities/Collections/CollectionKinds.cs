namespace LabFlow.Activities.Collections;

public static class CollectionKinds
{
    /// <summary>The bookmark a collection's closing resumes.</summary>
    public const string Bookmark = "Collection";
}
