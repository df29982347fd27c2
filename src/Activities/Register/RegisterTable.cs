namespace LabFlow.Activities.Register;

/// <summary>One sheet of an export: a header row and rows of plain values (text, numbers, dates), no formulas.</summary>
public sealed record RegisterSheet(string Name, IReadOnlyList<string> Headers, IReadOnlyList<IReadOnlyList<object?>> Rows);

/// <summary>An export as sheets; the Host writes it as XLSX (every sheet) or CSV (one sheet).</summary>
/// <param name="Name">The file name without extension (<c>deltagarregister</c>).</param>
public sealed record RegisterWorkbook(string Name, IReadOnlyList<RegisterSheet> Sheets);

/// <summary>The exports the register offers.</summary>
public enum RegisterExportKind
{
    /// <summary>One row per person per activity, with totals by sex.</summary>
    Register,

    /// <summary>One row per activity (workshop, seminar, conference) with participants by sex and hours.</summary>
    ActivityLog,

    /// <summary>The project summary for the ESF report: labs, activities, participants by sex.</summary>
    Summary,
}
