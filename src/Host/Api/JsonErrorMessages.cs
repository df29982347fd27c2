using System.Text.Json;

namespace LabFlow.Host.Api;

/// <summary>
/// Turns System.Text.Json's messages, which name .NET types, into messages a script author can act on.
/// </summary>
internal static class JsonErrorMessages
{
    public static string Describe(JsonException exception)
    {
        var message = exception.Message;
        if (message.Contains("could not be mapped to any .NET member", StringComparison.Ordinal))
        {
            return "unknown field; remove it or check its spelling.";
        }

        if (message.Contains("missing required properties", StringComparison.Ordinal))
        {
            return "required fields are missing: " + RequiredNames(message) + ".";
        }

        if (message.Contains("could not be converted to", StringComparison.Ordinal))
        {
            return $"the value has the wrong type; expected {ExpectedKind(message)}.";
        }

        if (message.Contains("null", StringComparison.OrdinalIgnoreCase) && message.Contains("non-nullable", StringComparison.OrdinalIgnoreCase))
        {
            return "the value may not be null.";
        }

        return exception.LineNumber is { } line
            ? $"the body is not valid JSON (line {line + 1}, position {exception.BytePositionInLine + 1}); fix the JSON syntax."
            : "the body is not valid JSON; fix the JSON syntax.";
    }

    public static string DescribeBadRequest(BadHttpRequestException exception) =>
        exception.Message.Contains("Required parameter", StringComparison.Ordinal)
            ? "The request has no body or is missing a required value; send a JSON body."
            : exception.Message.Contains("content type", StringComparison.OrdinalIgnoreCase)
                ? "Send the body as JSON with the header Content-Type: application/json."
                : "The request could not be read; check the body and its Content-Type.";

    private static string RequiredNames(string message)
    {
        var start = message.IndexOf(':', StringComparison.Ordinal);
        return start < 0 ? "see the API reference" : message[(start + 1)..].Trim().TrimEnd('.');
    }

    private static string ExpectedKind(string message)
    {
        // "The JSON value could not be converted to System.Int32. Path: …": name the JSON kind, not the .NET type.
        var type = message[(message.IndexOf("converted to ", StringComparison.Ordinal) + "converted to ".Length)..];
        type = type[..Math.Max(0, type.IndexOf(". Path", StringComparison.Ordinal))];
        return type switch
        {
            _ when type.Contains("Int", StringComparison.Ordinal) || type.Contains("Double", StringComparison.Ordinal) || type.Contains("Decimal", StringComparison.Ordinal) => "a number",
            _ when type.Contains("Boolean", StringComparison.Ordinal) => "true or false",
            _ when type.Contains("DateOnly", StringComparison.Ordinal) => "a date such as \"2027-01-31\"",
            _ when type.Contains("DateTime", StringComparison.Ordinal) => "a date and time such as \"2027-01-31T09:00:00+01:00\"",
            _ when type.Contains("Guid", StringComparison.Ordinal) => "an id (a GUID)",
            _ when type.Contains("String", StringComparison.Ordinal) => "a string",
            _ when type.Contains("[]", StringComparison.Ordinal) || type.Contains("List", StringComparison.Ordinal) => "a list",
            _ => "a value of another shape (see the API reference)",
        };
    }
}
