namespace LabFlow.Activities.Messages;

/// <summary>
/// The refusals of the organisation's own settings: administrations (<see cref="Organisation.AdministrationService"/>)
/// and the holiday calendar (<see cref="Time.HolidayCalendarService"/>).
/// </summary>
public static class OrganisationMessages
{
    public static readonly MessageText AdministrationsAdminOnly = new(
        "organisation.administrations_admin_only",
        "Bara en administratör får ändra förvaltningarna; be en administratör göra ändringen.",
        "Only an administrator may change the administrations; ask an administrator to make the change.");

    public static readonly MessageText AdministrationNotFound = new(
        "organisation.administration_not_found",
        "Förvaltningen '{administration}' hittades inte. Kontrollera id:t.",
        "Administration '{administration}' was not found. Check the id.");

    public static readonly MessageText AdministrationIdTaken = new(
        "organisation.administration_id_taken",
        "Det finns redan en förvaltning med id '{administration}'; välj ett annat id eller byt namn på den.",
        "An administration with id '{administration}' already exists; choose another id or rename that one.");

    public static readonly MessageText AdministrationNameTaken = new(
        "organisation.administration_name_taken",
        "Förvaltningen '{administration}' heter redan '{name}'; ge ett annat namn.",
        "Administration '{administration}' already has the name '{name}'; give another name.");

    public static readonly MessageText HolidaysAdminOnly = new(
        "organisation.holidays_admin_only",
        "Bara en administratör får ändra semesterkalendern; be en administratör göra ändringen.",
        "Only an administrator may change the holiday calendar; ask an administrator to make the change.");

    public static readonly MessageText HolidayNotFound = new(
        "organisation.holiday_not_found",
        "Ledighetsperioden {periodId} hittades inte. Ladda om kalendern.",
        "Holiday period {periodId} was not found. Reload the calendar.");

    public static readonly MessageText HolidayEndsBeforeStart = new(
        "organisation.holiday_ends_before_start",
        "Perioden slutar ({end}) innan den börjar ({start}); ange ett slutdatum samma dag som starten eller senare.",
        "The period ends ({end}) before it starts ({start}); give an end on or after the start.");

    public static readonly MessageText HolidayTooLong = new(
        "organisation.holiday_too_long",
        "En ledighetsperiod är högst {max} dagar (den här är {days}); dela upp eller korta den.",
        "A holiday period is at most {max} days (this one is {days}); split it or shorten it.");
}
