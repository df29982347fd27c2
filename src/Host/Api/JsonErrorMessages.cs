using System.Text.Json;

namespace LabFlow.Host.Api;

/// <summary>
/// Turns System.Text.Json's messages, which name .NET types, into messages a script author can act on.
/// </summary>
internal static class JsonErrorMessages
{
    public static string Describe(JsonException exception, Type? bodyType = null)
    {
        var message = exception.Message;
        if (message.Contains("doesn't allow null values", StringComparison.Ordinal) || message.Contains("cannot be null", StringComparison.OrdinalIgnoreCase))
        {
            return "the value may not be null.";
        }

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
            var expected = bodyType is not null && exception.Path is { } path ? JsonFieldTypes.ExpectedAt(bodyType, path) : null;
            return $"the value has the wrong type; expected {expected ?? ExpectedKind(message)}.";
        }

        if (message.Contains("null", StringComparison.OrdinalIgnoreCase) && message.Contains("non-nullable", StringComparison.OrdinalIgnoreCase))
        {
            return "the value may not be null.";
        }

        return exception.LineNumber is { } line
            ? $"the body is not valid JSON (line {line + 1}, position {exception.BytePositionInLine + 1}); fix the JSON syntax."
            : "the body is not valid JSON; fix the JSON syntax.";
    }

    /// <summary>A query-string value that does not bind (<c>?status=Nope</c>): the parameter and what it takes.</summary>
    public static (string Name, string Message)? QueryError(BadHttpRequestException exception, System.Reflection.MethodInfo? handler)
    {
        // "Failed to bind parameter "WorkflowStatus? status" from "Nope"."
        const string prefix = "Failed to bind parameter \"";
        if (!exception.Message.StartsWith(prefix, StringComparison.Ordinal))
        {
            return null;
        }

        var rest = exception.Message[prefix.Length..];
        var end = rest.IndexOf('"', StringComparison.Ordinal);
        if (end < 0)
        {
            return null;
        }

        var declaration = rest[..end];
        var name = declaration[(declaration.LastIndexOf(' ') + 1)..];
        var parameter = handler?.GetParameters().FirstOrDefault(p => string.Equals(p.Name, name, StringComparison.Ordinal));
        var kind = parameter is null ? "a value the API reference lists" : JsonFieldTypes.Describe(parameter.ParameterType);
        return (name, $"the value is not valid here; give {kind}.");
    }

    public static string DescribeBadRequest(BadHttpRequestException exception) => exception.Message switch
    {
        var m when m.Contains("no body was provided", StringComparison.Ordinal) || m.Contains("Required parameter", StringComparison.Ordinal) =>
            "The request has no body or the body is null; send a JSON object (see the API reference for its fields).",
        var m when m.Contains("content type", StringComparison.OrdinalIgnoreCase) => "Send the body as JSON with the header Content-Type: application/json.",
        _ => "The request could not be read; check the body and its Content-Type.",
    };

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
