namespace LabFlow.Activities.Messages;

/// <summary>
/// What is wrong with an API request's shape (its JSON body or query string), before any service sees it; the API's
/// exception handler and its filters use these, so a script author reads them in the language they asked for.
/// </summary>
public static class RequestMessages
{
    public static readonly MessageText NotNull = new("request.not_null", "värdet får inte vara null.", "the value may not be null.");

    public static readonly MessageText UnknownField = new(
        "request.unknown_field", "okänt fält; ta bort det eller kontrollera stavningen.", "unknown field; remove it or check its spelling.");

    public static readonly MessageText RequiredMissing = new(
        "request.required_missing", "obligatoriska fält saknas: {fields}.", "required fields are missing: {fields}.");

    public static readonly MessageText WrongType = new(
        "request.wrong_type", "värdet har fel typ; här ska det vara {expected}.", "the value has the wrong type; expected {expected}.");

    public static readonly MessageText SyntaxAt = new(
        "request.syntax_at",
        "innehållet är inte giltig JSON (rad {line}, position {position}); rätta JSON-syntaxen.",
        "the body is not valid JSON (line {line}, position {position}); fix the JSON syntax.");

    public static readonly MessageText Syntax = new(
        "request.syntax", "innehållet är inte giltig JSON; rätta JSON-syntaxen.", "the body is not valid JSON; fix the JSON syntax.");

    public static readonly MessageText QueryValue = new(
        "request.query_value", "värdet är inte giltigt här; ange {expected}.", "the value is not valid here; give {expected}.");

    public static readonly MessageText NoBody = new(
        "request.no_body",
        "Anropet har inget innehåll eller innehållet är null; skicka ett JSON-objekt (API-referensen listar dess fält).",
        "The request has no body or the body is null; send a JSON object (see the API reference for its fields).");

    public static readonly MessageText ContentType = new(
        "request.content_type",
        "Skicka innehållet som JSON med huvudet Content-Type: application/json.",
        "Send the body as JSON with the header Content-Type: application/json.");

    public static readonly MessageText Unreadable = new(
        "request.unreadable",
        "Anropet gick inte att läsa; kontrollera innehållet och dess Content-Type.",
        "The request could not be read; check the body and its Content-Type.");

    public static readonly MessageText KindString = new("request.kind_string", "en sträng", "a string");

    public static readonly MessageText KindBoolean = new("request.kind_boolean", "true eller false", "true or false");

    public static readonly MessageText KindNumber = new("request.kind_number", "ett tal", "a number");

    public static readonly MessageText KindDate = new("request.kind_date", "ett datum som \"2027-01-31\"", "a date such as \"2027-01-31\"");

    public static readonly MessageText KindDateTime = new(
        "request.kind_date_time",
        "ett datum med klockslag som \"2027-01-31T09:00:00+01:00\"",
        "a date and time such as \"2027-01-31T09:00:00+01:00\"");

    public static readonly MessageText KindId = new(
        "request.kind_id",
        "ett id (en GUID som \"6f9619ff-8b86-d011-b42d-00cf4fc964ff\")",
        "an id (a GUID such as \"6f9619ff-8b86-d011-b42d-00cf4fc964ff\")");

    public static readonly MessageText KindList = new("request.kind_list", "en lista", "a list");

    public static readonly MessageText KindObject = new("request.kind_object", "ett objekt", "an object");

    public static readonly MessageText KindOneOf = new("request.kind_one_of", "ett av {values}", "one of {values}");

    public static readonly MessageText KindOther = new(
        "request.kind_other", "ett värde av en annan form (se API-referensen)", "a value of another shape (see the API reference)");

    public static readonly MessageText KindListed = new(
        "request.kind_listed", "ett värde som API-referensen listar", "a value the API reference lists");
}
