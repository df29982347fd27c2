namespace LabFlow.Activities.Messages;

/// <summary>The step tags' rules and the refusals of the Word exports (<see cref="Reports.LabReportService"/>, <see cref="Reports.ActiveMeasuresReportService"/>).</summary>
public static class ReportMessages
{
    public static readonly MessageText TagsNotList = new(
        "activity.tags_not_list",
        "taggarna ska vara en lista med rapporttaggar, till exempel [\"insights\"] (fann {found}); skriv en eller flera av {tags}.",
        "tags must be a list of report tags such as [\"insights\"] (found {found}); write one or more of {tags}.");

    public static readonly MessageText UnknownTag = new(
        "activity.unknown_tag",
        "okänd tagg {tag}; skriv en av {tags}.",
        "unknown tag {tag}; write one of {tags}.");

    public static readonly MessageText UnknownTagSuggested = new(
        "activity.unknown_tag_suggested",
        "okänd tagg {tag} (menade du '{suggestion}'?); skriv en av {tags}.",
        "unknown tag {tag} (did you mean '{suggestion}'?); write one of {tags}.");

    public static readonly MessageText ReportForbidden = new(
        "report.forbidden",
        "Du kan inte hämta rapporten för labb {labId}: den är till för labbets team, förvaltningens medarbetare och projektets roller. Be labbets facilitator om rapporten.",
        "You cannot download the report of lab {labId}: it is for the lab's team, its administration's staff and the project's roles. Ask the lab's facilitator for the report.");

    public static readonly MessageText ActiveMeasuresForbidden = new(
        "report.active_measures_forbidden",
        "Du kan inte hämta dokumentationen av aktiva åtgärder för {administration}: den är till för förvaltningens medarbetare och projektets roller. Be förvaltningens HR-expert eller facilitator.",
        "You cannot download the active-measures documentation of {administration}: it is for the administration's staff and the project's roles. Ask the administration's HR expert or facilitator.");

    public static readonly MessageText AdministrationNotFound = new(
        "report.administration_not_found",
        "Förvaltningen {administration} finns inte; förvaltningarna listas på /api/v1/administrations.",
        "Administration {administration} does not exist; list the administrations at /api/v1/administrations.");

    public static readonly MessageText YearOutOfRange = new(
        "report.year_out_of_range",
        "Året {year} går inte att dokumentera; ange ett år mellan 2000 och 2100.",
        "Year {year} cannot be documented; give a year between 2000 and 2100.");
}
