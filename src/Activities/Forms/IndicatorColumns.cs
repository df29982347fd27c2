namespace LabFlow.Activities.Forms;

/// <summary>The column keys of the <c>indicatorsBySex</c> preset, which the lab report reads.</summary>
public static class IndicatorColumns
{
    public const string Indicator = "indicator";
    public const string BaselineWomen = "baselineWomen";
    public const string BaselineMen = "baselineMen";
    public const string CurrentWomen = "currentWomen";
    public const string CurrentMen = "currentMen";
    public const string Comment = "comment";
}
