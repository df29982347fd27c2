namespace LabFlow.Activities.Messages;

/// <summary>Field checks shared by every command (<see cref="Labs.InputErrors"/>) and the problem titles of both doors.</summary>
public static class InputMessages
{
    public static readonly MessageText Invalid = new(
        "input.invalid",
        "Några värden är inte giltiga; varje fält säger vad som ska rättas.",
        "Some values are not valid; each field lists what to fix.");

    // The Swedish texts stand next to their field, so they do not repeat the (English) field description.
    public static readonly MessageText Required = new("input.required", "Fältet måste fyllas i.", "Give {what}.");

    public static readonly MessageText TooLong = new(
        "input.too_long",
        "Texten får vara högst {max} tecken lång (den är {length}).",
        "Shorten {what} to at most {max} characters (it has {length}).");

    public static readonly MessageText IdFormat = new(
        "input.id_format",
        "Skriv id:t med små bokstäver a–z, siffror och bindestreck, till exempel 'grundskoleforvaltningen'.",
        "Write {what} with lowercase letters a–z, digits and hyphens only, such as 'grundskoleforvaltningen'.");

    public static readonly MessageText NotDefined = new(
        "input.not_defined",
        "'{value}' är inte ett giltigt värde; välj ett av {choices}.",
        "'{value}' is not a {kind}; choose one of {choices}.");

    public static readonly MessageText PersonUnknown = new(
        "input.person_unknown",
        "Person {personId} finns inte i katalogen; välj någon som finns där.",
        "Person {personId} is not in the directory; choose someone who is.");

    public static readonly MessageText PersonInactive = new(
        "input.person_inactive",
        "{name} är inte längre aktiv; välj någon annan.",
        "{name} is no longer active; choose someone else.");

    public static readonly MessageText AdministrationUnknown = new(
        "input.administration_unknown",
        "Förvaltningen '{administration}' finns inte; välj en av förvaltningarna i LabFlow.",
        "Administration '{administration}' does not exist; choose one of the administrations in LabFlow.");
}
