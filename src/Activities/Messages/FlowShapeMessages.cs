using LabFlow.Workflows.Definitions;

namespace LabFlow.Activities.Messages;

/// <summary>
/// The texts of the flow document's shape errors (<see cref="ValidationCodes"/>, reported by the loader's shape
/// reader): properties that are missing or of the wrong kind,
/// with <c>found</c> the value as written in the file.
/// </summary>
public static class FlowShapeMessages
{
    public static readonly MessageText NotAnObject = new(
        ValidationCodes.FlowNotAnObject,
        "flödet ska vara ett JSON-objekt men är {found}; skriv flödet som ett objekt { \"id\": …, \"activities\": […] }.",
        "expected an object but found {found}; write the flow as one JSON object { \"id\": …, \"activities\": […] }.");

    public static readonly MessageText MissingId = new(
        ValidationCodes.FlowMissingId,
        "flödet saknar id; lägg till \"id\", till exempel \"id\": \"social-innovation-lab\".",
        "the flow has no id; add \"id\", for example \"id\": \"social-innovation-lab\".");

    public static readonly MessageText MissingName = new(
        ValidationCodes.FlowMissingName,
        "flödet saknar namn; lägg till \"name\": { \"sv\": \"…\", \"en\": \"…\" }.",
        "the flow has no name; add \"name\": { \"sv\": \"…\", \"en\": \"…\" }.");

    public static readonly MessageText MissingVersion = new(
        ValidationCodes.FlowMissingVersion,
        "flödet saknar version; lägg till \"version\": 1.",
        "the flow has no version; add \"version\": 1.");

    public static readonly MessageText VersionNotWhole = new(
        ValidationCodes.VersionNotWhole,
        "versionen ska vara ett heltal (fann {found}); skriv versionen som ett tal, till exempel 1.",
        "expected a whole number but found {found}; write the version as a number such as 1.");

    public static readonly MessageText VersionTooLow = new(
        ValidationCodes.VersionTooLow,
        "versionen ska vara 1 eller högre (fann {version}); använd 1 för ett nytt flöde.",
        "the version must be 1 or higher (found {version}); use 1 for a new flow.");

    public static readonly MessageText PhaseMissingId = new(
        ValidationCodes.PhaseMissingId,
        "fasen saknar id; lägg till \"id\", till exempel \"explore\".",
        "the phase has no id; add \"id\", for example \"explore\".");

    public static readonly MessageText PhaseMissingName = new(
        ValidationCodes.PhaseMissingName,
        "fasen '{phase}' saknar namn; lägg till \"name\": { \"sv\": \"…\", \"en\": \"…\" }.",
        "phase '{phase}' has no name; add \"name\": { \"sv\": \"…\", \"en\": \"…\" }.");

    public static readonly MessageText InputMissingName = new(
        ValidationCodes.InputMissingName, "indatat saknar namn; lägg till \"name\".", "the input has no name; add \"name\".");

    public static readonly MessageText VariableMissingName = new(
        ValidationCodes.VariableMissingName, "variabeln saknar namn; lägg till \"name\".", "the variable has no name; add \"name\".");

    public static readonly MessageText UnknownValueType = new(
        ValidationCodes.UnknownValueType,
        "okänd typ '{type}'; använd någon av {known}.",
        "unknown type '{type}'; use one of {known}.");

    public static readonly MessageText UnknownValueTypeSuggested = new(
        ValidationCodes.UnknownValueTypeSuggested,
        "okänd typ '{type}' (menade du '{suggestion}'?)",
        "unknown type '{type}' (did you mean '{suggestion}'?)");

    public static readonly MessageText ActivityMissingId = new(
        ValidationCodes.ActivityMissingId,
        "aktiviteten saknar id; lägg till ett \"id\" som ingen annan aktivitet har.",
        "the activity has no id; add an \"id\" that no other activity uses.");

    public static readonly MessageText ActivityMissingType = new(
        ValidationCodes.ActivityMissingType,
        "aktiviteten saknar typ; lägg till \"type\", till exempel \"Decision\".",
        "the activity has no type; add \"type\", for example \"Decision\".");

    public static readonly MessageText ConnectionMissingFrom = new(
        ValidationCodes.ConnectionMissingFrom,
        "kopplingen saknar 'from'; lägg till id för aktiviteten den börjar i.",
        "the connection has no 'from'; add the id of the activity it starts from.");

    public static readonly MessageText ConnectionMissingTo = new(
        ValidationCodes.ConnectionMissingTo,
        "kopplingen saknar 'to'; lägg till id för aktiviteten den leder till.",
        "the connection has no 'to'; add the id of the activity it leads to.");

    public static readonly MessageText DesignerMissingCoordinate = new(
        ValidationCodes.DesignerMissingCoordinate,
        "platsen i ritytan saknar '{name}'; lägg till \"{name}\": 0.",
        "the designer position has no '{name}'; add \"{name}\": 0.");

    public static readonly MessageText ExpectedBoolean = new(
        ValidationCodes.ExpectedBoolean,
        "egenskapen ska vara true eller false (fann {found}); skriv true eller false utan citattecken.",
        "expected true or false but found {found}; write true or false without quotes.");

    public static readonly MessageText ExpectedNumber = new(
        ValidationCodes.ExpectedNumber,
        "egenskapen ska vara ett tal (fann {found}); skriv talet utan citattecken.",
        "expected a number but found {found}; write the number without quotes.");

    public static readonly MessageText ExpectedArray = new(
        ValidationCodes.ExpectedArray,
        "värdet ska vara en lista (fann {found}); skriv en lista inom hakparenteser [ … ].",
        "expected an array but found {found}; write a list in square brackets [ … ].");

    public static readonly MessageText ExpectedText = new(
        ValidationCodes.ExpectedText,
        "värdet ska vara en text (fann {found}); skriv en sträng, eller ett objekt med en text per språk som { \"sv\": \"…\", \"en\": \"…\" }.",
        "expected a text (a string, or an object of culture to string such as { \"sv\": \"…\", \"en\": \"…\" }) but found {found}.");

    public static readonly MessageText ExpectedString = new(
        ValidationCodes.ExpectedString,
        "värdet ska vara en sträng (fann {found}); skriv värdet inom dubbla citattecken.",
        "expected a string but found {found}; write the value in double quotes.");

    public static readonly MessageText ExpectedObject = new(
        ValidationCodes.ExpectedObject,
        "värdet ska vara ett objekt (fann {found}); skriv det som { … }.",
        "expected an object but found {found}; write it as { … }.");

    public static readonly MessageText TextNoCultures = new(
        ValidationCodes.TextNoCultures,
        "texten i flödet har inga språk; skriv en sträng, eller lägg till åtminstone \"sv\": \"…\".",
        "the text has no cultures; write a string, or add at least \"sv\": \"…\".");
}
