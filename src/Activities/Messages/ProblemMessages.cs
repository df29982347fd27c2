namespace LabFlow.Activities.Messages;

/// <summary>The titles and general details of the API's problem details.</summary>
public static class ProblemMessages
{
    public static readonly MessageText NotFoundTitle = new("problem.not_found", "Hittades inte", "Not found");

    public static readonly MessageText ForbiddenTitle = new("problem.forbidden", "Inte tillåtet", "Forbidden");

    public static readonly MessageText ConflictTitle = new("problem.conflict", "Konflikt", "Conflict");

    public static readonly MessageText InvalidTitle = new("problem.invalid", "Några värden är inte giltiga", "Some values are not valid");

    public static readonly MessageText FailedTitle = new("problem.failed", "Begäran kunde inte utföras", "The request could not be carried out");

    public static readonly MessageText TooLargeTitle = new("problem.too_large", "Begäran är för stor", "Request body too large");

    public static readonly MessageText TooLarge = new(
        "problem.too_large_detail",
        "Begärans innehåll är större än LabFlow tar emot; skicka mindre data.",
        "The request body is larger than LabFlow accepts; send less data.");

    public static readonly MessageText BodyInvalidTitle = new("problem.body_invalid", "Ogiltigt innehåll i begäran", "Invalid request body");

    public static readonly MessageText BodyInvalid = new(
        "problem.body_invalid_detail",
        "Begärans innehåll stämmer inte med vad anropet väntar sig; varje fält säger vad som ska rättas.",
        "The request body does not match what this endpoint expects; each field lists what to fix.");

    public static readonly MessageText QueryInvalidTitle = new("problem.query_invalid", "Ogiltig fråga", "Invalid query");

    public static readonly MessageText QueryInvalid = new(
        "problem.query_invalid_detail",
        "Ett värde i frågesträngen är inte giltigt; varje parameter säger vad som ska rättas.",
        "A value in the query string is not valid; each parameter lists what to fix.");

    public static readonly MessageText BadRequestTitle = new("problem.bad_request", "Felaktig begäran", "Bad request");

    public static readonly MessageText UnexpectedTitle = new("problem.unexpected", "Något gick fel", "Something went wrong");

    public static readonly MessageText Unexpected = new(
        "problem.unexpected_detail",
        "LabFlow kunde inte slutföra begäran. Felet har loggats; försök igen och säg till en administratör om det fortsätter.",
        "LabFlow could not complete the request. The error has been logged; try again, and tell an administrator if it keeps happening.");
}
