namespace LabFlow.Activities.Messages;

/// <summary>The participant register's refusals and names (<see cref="Register.ParticipationQuery"/> and the register's commands).</summary>
public static class RegisterMessages
{
    public static readonly MessageText ProjectForbidden = new(
        "register.project_forbidden",
        "Du kan inte se projektets deltagarregister. Det kan projektteamet, administratörer, processledare och samordnare (för sin förvaltning); be en administratör om en sådan roll om du behöver det.",
        "You cannot see the project's participant register. The project team, administrators, facilitators and coordinators (for their administration) can; ask an administrator for such a role if you need it.");

    public static readonly MessageText RegisterForbidden = new(
        "register.register_forbidden",
        "Du kan inte registrera deltagare eller närvaro i labbet '{title}'. Det kan labbets processledare och utbildningssamordnaren.",
        "You cannot register participants or attendance in lab '{title}'. The lab's facilitators and the training coordinator can.");

    public static readonly MessageText LabNotFound = new(
        "register.lab_not_found",
        "Labbet {labId} finns inte eller är inte synligt för dig. Kontrollera id:t i labblistan.",
        "Lab {labId} does not exist or is not visible to you. Check the id in the list of labs.");

    public static readonly MessageText NotAWorkshop = new(
        "register.not_a_workshop",
        "Steget '{activityId}' är inte en workshop, ett seminarium eller en konferens i labbet '{title}'. Välj ett workshopsteg från labbets sida.",
        "Step '{activityId}' is not a workshop, seminar or conference in lab '{title}'. Choose a workshop step from the lab's page.");

    public static readonly MessageText NameRequired = new(
        "register.name_required",
        "Skriv gästens namn.",
        "Write the guest's name.");

    public static readonly MessageText TooLong = new(
        "register.too_long",
        "Texten är för lång: högst {max} tecken.",
        "The text is too long: at most {max} characters.");

    public static readonly MessageText EmailInvalid = new(
        "register.email_invalid",
        "'{email}' är ingen e-postadress. Skriv en adress som namn@exempel.se eller lämna fältet tomt.",
        "'{email}' is not an email address. Write an address such as name@example.com or leave the field empty.");

    public static readonly MessageText HoursRange = new(
        "register.hours_range",
        "Timmarna måste vara från 0 till {max}; du skrev {hours}.",
        "Hours must be from 0 to {max}; you wrote {hours}.");

    public static readonly MessageText UnknownParticipant = new(
        "register.unknown_participant",
        "{participantId} är varken en person i LabFlow eller en gäst i labbet '{title}'. Registrera gästen först.",
        "{participantId} is neither a person in LabFlow nor a guest of lab '{title}'. Register the guest first.");

    public static readonly MessageText UnknownAdministration = new(
        "register.unknown_administration",
        "Förvaltningen '{administrationId}' finns inte. Välj en förvaltning i listan eller skriv din organisation.",
        "Administration '{administrationId}' does not exist. Choose an administration from the list or write your organisation.");

    public static readonly MessageText TooMany = new(
        "register.too_many",
        "Högst {max} personer per gång; du skickade {count}. Dela upp listan.",
        "At most {max} people at a time; you sent {count}. Split the list.");

    public static readonly MessageText ScheduleForbidden = new(
        "register.schedule_forbidden",
        "Du kan inte ändra tid och plats för workshoppar i labbet '{title}'. Det kan labbets processledare.",
        "You cannot change the time and place of workshops in lab '{title}'. The lab's facilitators can.");

    public static readonly MessageText DurationRange = new(
        "register.duration_range",
        "Längden måste vara från 1 till {max} minuter; du skrev {minutes}.",
        "The duration must be from 1 to {max} minutes; you wrote {minutes}.");

    public static readonly MessageText LinkInvalid = new(
        "register.link_invalid",
        "'{link}' är ingen webbadress. Skriv en hel adress som börjar med https://.",
        "'{link}' is not a web address. Write a whole address starting with https://.");

    public static readonly MessageText Woman = new("register.sex.woman", "kvinna", "female");

    public static readonly MessageText Man = new("register.sex.man", "man", "male");

    public static readonly MessageText OtherSex = new("register.sex.other", "annat", "other");

    public static readonly MessageText SexNotStated = new("register.sex.not_stated", "vill inte uppge", "prefers not to say");
}
