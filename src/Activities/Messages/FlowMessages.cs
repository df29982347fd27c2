using LabFlow.Workflows.Definitions;

namespace LabFlow.Activities.Messages;

/// <summary>
/// The texts of the flow language's validation codes (<see cref="ValidationCodes"/>): the engine core reports codes
/// and arguments, the designer and the import list show these texts with the JSON path.
/// </summary>
public static class FlowMessages
{
    public static readonly MessageText Other = new(ValidationCodes.Other, "Flödet har ett fel: {message}", "{message}");

    public static readonly MessageText ActivityRule = new(ValidationCodes.ActivityRule, "Aktivitetens inställningar har ett fel: {message}", "{message}");

    public static readonly MessageText Syntax = new(
        ValidationCodes.Syntax,
        "filen är inte giltig JSON: {reason} Rätta JSON-syntaxen.",
        "the file is not valid JSON: {reason} Fix the JSON syntax.");

    public static readonly MessageText SyntaxAt = new(
        ValidationCodes.SyntaxAt,
        "filen är inte giltig JSON (rad {line}, kolumn {column}): {reason} Rätta JSON-syntaxen.",
        "the file is not valid JSON (line {line}, column {column}): {reason} Fix the JSON syntax.");

    public static readonly MessageText UnknownActivityType = new(
        ValidationCodes.UnknownActivityType,
        "okänd aktivitetstyp '{type}'; kända typer är {known}.",
        "unknown activity type '{type}'; known types are {known}.");

    public static readonly MessageText UnknownActivityTypeSuggested = new(
        ValidationCodes.UnknownActivityTypeSuggested,
        "okänd aktivitetstyp '{type}' (menade du '{suggestion}'?)",
        "unknown activity type '{type}' (did you mean '{suggestion}'?)");

    public static readonly MessageText MissingInput = new(
        ValidationCodes.MissingInput,
        "aktiviteten '{activity}' ({type}) saknar den obligatoriska inställningen '{input}'; lägg till \"{input}\" bland dess inställningar.",
        "activity '{activity}' ({type}) is missing the required input '{input}'; add \"{input}\" to its inputs.");

    public static readonly MessageText UnknownInput = new(
        ValidationCodes.UnknownInput,
        "{type} har ingen inställning '{input}'; dess inställningar är {known}.",
        "{type} has no input '{input}'; its inputs are {known}.");

    public static readonly MessageText InputWrongType = new(
        ValidationCodes.InputWrongType,
        "inställningen '{input}' i {type} ska vara av typen {expected} (fann {found}).",
        "input '{input}' of {type} must be of type {expected} (found {found}).");

    public static readonly MessageText InputNotAChoice = new(
        ValidationCodes.InputNotAChoice,
        "inställningen '{input}' i {type} ska vara ett av {choices} (fann {found}).",
        "input '{input}' of {type} must be one of {choices} (found {found}).");

    public static readonly MessageText NoStart = new(
        ValidationCodes.NoStart,
        "flödet har ingen Start-aktivitet; lägg till { \"id\": \"start\", \"type\": \"Start\" } och koppla den till första steget.",
        "the flow has no Start activity; add { \"id\": \"start\", \"type\": \"Start\" } and connect it to the first step.");

    public static readonly MessageText SecondStart = new(
        ValidationCodes.SecondStart,
        "en andra Start-aktivitet (den första är '{first}' på {firstPath}); ett flöde har exakt en Start.",
        "a second Start activity (the first is '{first}' at {firstPath}); a flow has exactly one Start.");

    public static readonly MessageText Unreachable = new(
        ValidationCodes.Unreachable,
        "aktiviteten '{activity}' kan inte nås från Start; koppla en annan aktivitet till den eller ta bort den.",
        "activity '{activity}' cannot be reached from Start; connect another activity to it or remove it.");

    public static readonly MessageText UnknownActivityId = new(
        ValidationCodes.UnknownActivityId,
        "ingen aktivitet har id '{id}'; använd id:t för en av flödets aktiviteter.",
        "no activity has id '{id}'; use the id of one of the flow's activities.");

    public static readonly MessageText NoOutcomes = new(
        ValidationCodes.NoOutcomes,
        "aktiviteten '{activity}' ({type}) har inga utfall, så ingen koppling kan börja i den; ta bort kopplingen.",
        "activity '{activity}' ({type}) has no outcomes, so no connection can start from it; remove this connection.");

    public static readonly MessageText UnknownOutcome = new(
        ValidationCodes.UnknownOutcome,
        "aktiviteten '{activity}' ({type}) har inget utfall '{outcome}'; dess utfall är {outcomes}.",
        "activity '{activity}' ({type}) has no outcome '{outcome}'; its outcomes are {outcomes}.");

    public static readonly MessageText Duplicate = new(
        ValidationCodes.Duplicate,
        "'{value}' förekommer två gånger (även {first}); ge var och en ett eget värde.",
        "duplicate {what} '{value}' (also {first}); give each its own value.");

    public static readonly MessageText UnknownProperty = new(
        ValidationCodes.UnknownProperty,
        "okänd egenskap '{name}'; ta bort den (tillåtna här: {allowed}).",
        "unknown property '{name}'; remove it (allowed here: {allowed}).");

    public static readonly MessageText UndeclaredPhase = new(
        ValidationCodes.UndeclaredPhase,
        "fasen '{phase}' är inte deklarerad; deklarera den i \"phases\" (deklarerade: {declared}).",
        "phase '{phase}' is not declared; declare it in \"phases\" (declared: {declared}).");

    public static readonly MessageText DuplicateFlowId = new(
        ValidationCodes.DuplicateFlowId,
        "flödes-id '{id}' används också av {file}; ge varje flöde ett eget id.",
        "flow id '{id}' is also used by {file}; give each flow its own id.");

    public static readonly MessageText FormDefinition = new(
        "form.definition", "Formulärets definition har ett fel: {message}", "{message}");
}
