namespace LabFlow.Activities.Knowledge;

/// <summary>The knowledge bank's limits, one constant each.</summary>
public static class KnowledgeLimits
{
    public const int TitleLength = 200;

    public const int TextLength = 8_000;

    /// <summary>The longest search text; longer is cut, since nobody searches the bank with whole paragraphs.</summary>
    public const int QueryLength = 200;

    /// <summary>The most results a search returns, best first.</summary>
    public const int Results = 50;

    /// <summary>How many matching entries the database hands over before the read rule filters them (restricted entries are few).</summary>
    public const int Candidates = 500;

    public const int SnippetLength = 240;

    /// <summary>Related entries suggested to a new lab.</summary>
    public const int Related = 5;
}
