namespace LabFlow.Activities.Messages;

/// <summary>The refusals and validation texts of the method library (<see cref="Methods.MethodService"/>, <see cref="Methods.MethodJson"/>).</summary>
public static class MethodMessages
{
    public static readonly MessageText NotFound = new(
        "method.not_found",
        "Metoden '{methodId}' finns inte i metodbiblioteket. Kontrollera id:t i listan på /methods.",
        "Method '{methodId}' is not in the method library. Check the id in the list at /methods.");

    public static readonly MessageText DesignersOnly = new(
        "method.designers_only",
        "Bara designer och administratörer får ändra metoder; be en designer göra ändringen.",
        "Only designers and administrators may change methods; ask a designer to make the change.");

    public static readonly MessageText FacilitatorsOnly = new(
        "method.facilitators_only",
        "Bara processledare och administratörer betygsätter metoder; en processledare som har använt metoden kan ge betyget.",
        "Only facilitators and administrators rate methods; a facilitator who has used the method can give the rating.");

    public static readonly MessageText Stale = new(
        "method.stale",
        "Metoden '{methodId}' har ändrats sedan du öppnade den (nu version {current}, du utgick från {expected}). Ladda om och gör ändringen igen.",
        "Method '{methodId}' has changed since you opened it (now version {current}, you started from {expected}). Reload and make the change again.");

    public static readonly MessageText RatingRange = new(
        "method.rating_range",
        "Betyget ska vara ett heltal från 1 till 5 (fick {rating}).",
        "The rating must be a whole number from 1 to 5 (got {rating}).");

    public static readonly MessageText NotJson = new(
        "method.not_json",
        "Filen är inte giltig JSON ({detail}); rätta syntaxen.",
        "The file is not valid JSON ({detail}); fix the syntax.");

    public static readonly MessageText NotObject = new(
        "method.not_object",
        "En metod är ett JSON-objekt med fälten id, name, purpose, minutes, groupSize, instructions, equality och source.",
        "A method is a JSON object with the fields id, name, purpose, minutes, groupSize, instructions, equality and source.");

    public static readonly MessageText TextRequired = new(
        "method.text_required",
        "Skriv {what} på svenska (\"sv\"), gärna också på engelska (\"en\").",
        "Write {what} in Swedish (\"sv\"), and preferably in English (\"en\") too.");

    public static readonly MessageText TextShape = new(
        "method.text_shape",
        "Ange {what} som en text eller ett objekt med \"sv\" och \"en\", till exempel { \"sv\": \"…\", \"en\": \"…\" }.",
        "Give {what} as a string or an object with \"sv\" and \"en\", such as { \"sv\": \"…\", \"en\": \"…\" }.");

    public static readonly MessageText TextTooLong = new(
        "method.text_too_long",
        "Texten för {what} får vara högst {max} tecken ({language}: {length}); korta texten.",
        "The text of {what} may have at most {max} characters ({language}: {length}); shorten it.");

    public static readonly MessageText RangeShape = new(
        "method.range_shape",
        "Ange {what} som ett objekt med heltalen \"min\" och \"max\", till exempel { \"min\": {exampleMin}, \"max\": {exampleMax} }.",
        "Give {what} as an object with the whole numbers \"min\" and \"max\", such as { \"min\": {exampleMin}, \"max\": {exampleMax} }.");

    public static readonly MessageText RangeBounds = new(
        "method.range_bounds",
        "Värdena för {what} ska ligga mellan {lowest} och {highest}, och min får inte vara större än max (fick {min}–{max}).",
        "The values of {what} must lie between {lowest} and {highest}, with min no greater than max (got {min}–{max}).");

    public static readonly MessageText UnknownPhase = new(
        "method.unknown_phase",
        "Fasen '{phase}' finns inte; välj bland {choices}.",
        "Phase '{phase}' does not exist; choose from {choices}.");

    public static readonly MessageText UnknownGround = new(
        "method.unknown_ground",
        "Diskrimineringsgrunden '{ground}' finns inte; välj bland {choices}.",
        "Ground of discrimination '{ground}' does not exist; choose from {choices}.");

    public static readonly MessageText ListShape = new(
        "method.list_shape",
        "Ange {what} som en lista med id:n som strängar, till exempel [\"{example}\"].",
        "Give {what} as a list of id strings, such as [\"{example}\"].");

    public static readonly MessageText UnknownProperty = new(
        "method.unknown_property",
        "Fältet '{property}' finns inte i en metod; ta bort det eller rätta stavningen (fälten är {choices}).",
        "A method has no field '{property}'; remove it or fix its spelling (the fields are {choices}).");

    public static readonly MessageText DuplicateId = new(
        "method.duplicate_id",
        "Metod-id:t '{methodId}' används också i {file}; ge varje metod ett eget id.",
        "Method id '{methodId}' is also used by {file}; give each method its own id.");

    public static readonly MessageText IdMismatch = new(
        "method.id_mismatch",
        "Dokumentets id '{actual}' är inte metoden som redigeras ('{expected}'); behåll \"id\": \"{expected}\".",
        "The document's id '{actual}' is not the method being edited ('{expected}'); keep \"id\": \"{expected}\".");

    // What the texts above name in {what}, in each language.

    public static readonly MessageText FieldId = new("method.field_id", "id:t", "the id");

    public static readonly MessageText FieldName = new("method.field_name", "namnet", "the name");

    public static readonly MessageText FieldPurpose = new("method.field_purpose", "syftet", "the purpose");

    public static readonly MessageText FieldMaterials = new("method.field_materials", "materialet", "the materials");

    public static readonly MessageText FieldInstructions = new("method.field_instructions", "instruktionerna", "the instructions");

    public static readonly MessageText FieldInclusion = new("method.field_inclusion", "hur alla inkluderas", "how everyone is included");

    public static readonly MessageText FieldSource = new("method.field_source", "källan", "the source");

    public static readonly MessageText FieldMinutes = new("method.field_minutes", "tiden i minuter", "the time in minutes");

    public static readonly MessageText FieldGroupSize = new("method.field_group_size", "gruppstorleken", "the group size");

    public static readonly MessageText FieldPhases = new("method.field_phases", "faserna", "the phases");

    public static readonly MessageText FieldGrounds = new("method.field_grounds", "diskrimineringsgrunderna", "the grounds of discrimination");
}
