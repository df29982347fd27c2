namespace LabFlow.Activities.Messages;

/// <summary>The refusals of stand-ins while away (<see cref="Organisation.StandInService"/>, <see cref="Organisation.StandIn"/>).</summary>
public static class StandInMessages
{
    public static readonly MessageText Forbidden = new(
        "standin.forbidden",
        "Bara personen själv eller en administratör får välja ersättare för person {personId}.",
        "Only the person themselves or an administrator may name a stand-in for person {personId}.");

    public static readonly MessageText PersonNotFound = new(
        "standin.person_not_found",
        "Person {personId} hittades inte. Kontrollera id:t.",
        "Person {personId} was not found. Check the id.");

    public static readonly MessageText Self = new(
        "standin.self",
        "Du kan inte vara din egen ersättare; välj någon annan.",
        "A person cannot stand in for themselves; choose someone else.");

    public static readonly MessageText NotColleague = new(
        "standin.not_colleague",
        "{name} arbetar inte i någon av de förvaltningar där ersättaren behövs; välj någon i samma förvaltning.",
        "{name} is not a member of any administration the away person works in; choose someone from the same administration.");

    public static readonly MessageText EndsBeforeStart = new(
        "standin.ends_before_start",
        "Sista dagen ({to}) ligger före första dagen ({from}). Ange ett slutdatum samma dag som startdatumet eller senare.",
        "The period ends ({to}) before it starts ({from}); choose an end date on or after the start.");

    public static readonly MessageText Ended = new(
        "standin.ended",
        "Perioden tog slut {to}, före i dag. Ange ett slutdatum från och med i dag.",
        "The period ended on {to}, before today; choose an end date from today on.");

    public static readonly MessageText TooLong = new(
        "standin.too_long",
        "Perioden är längre än {max} dagar. Korta den, eller be en facilitator att flytta uppgifterna.",
        "The period is longer than {max} days; shorten it, or have the open tasks reassigned instead.");
}
