using System.Text.Json;
using LabFlow.Activities.Messages;

namespace LabFlow.Host.Api;

/// <summary>
/// Turns System.Text.Json's and ASP.NET Core's binding messages, which name .NET types, into coded messages a script
/// author can act on (<see cref="RequestMessages"/>), shown in the caller's language.
/// </summary>
internal static class JsonErrorMessages
{
    public static CodedMessage Describe(JsonException exception, Type? bodyType = null)
    {
        var message = exception.Message;
        if (message.Contains("doesn't allow null values", StringComparison.Ordinal) || message.Contains("cannot be null", StringComparison.OrdinalIgnoreCase))
        {
            return RequestMessages.NotNull.Message;
        }

        if (message.Contains("could not be mapped to any .NET member", StringComparison.Ordinal))
        {
            return RequestMessages.UnknownField.Message;
        }

        if (message.Contains("missing required properties", StringComparison.Ordinal))
        {
            return RequestMessages.RequiredMissing.With(("fields", RequiredNames(message)));
        }

        if (message.Contains("could not be converted to", StringComparison.Ordinal))
        {
            var expected = bodyType is not null && exception.Path is { } path ? JsonFieldTypes.ExpectedAt(bodyType, path) : null;
            return RequestMessages.WrongType.With(("expected", expected ?? ExpectedKind(message)));
        }

        if (message.Contains("null", StringComparison.OrdinalIgnoreCase) && message.Contains("non-nullable", StringComparison.OrdinalIgnoreCase))
        {
            return RequestMessages.NotNull.Message;
        }

        return exception.LineNumber is { } line
            ? RequestMessages.SyntaxAt.With(("line", line + 1), ("position", exception.BytePositionInLine + 1))
            : RequestMessages.Syntax.Message;
    }

    /// <summary>A query-string value that does not bind (<c>?status=Nope</c>): the parameter and what it takes.</summary>
    public static (string Name, CodedMessage Message)? QueryError(BadHttpRequestException exception, System.Reflection.MethodInfo? handler)
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
        var kind = parameter is null ? RequestMessages.KindListed.Message : JsonFieldTypes.Describe(parameter.ParameterType);
        return (name, RequestMessages.QueryValue.With(("expected", kind)));
    }

    public static CodedMessage DescribeBadRequest(BadHttpRequestException exception) => exception.Message switch
    {
        var m when m.Contains("no body was provided", StringComparison.Ordinal) || m.Contains("Required parameter", StringComparison.Ordinal) =>
            RequestMessages.NoBody.Message,
        var m when m.Contains("content type", StringComparison.OrdinalIgnoreCase) => RequestMessages.ContentType.Message,
        _ => RequestMessages.Unreadable.Message,
    };

    private static string RequiredNames(string message)
    {
        var start = message.IndexOf(':', StringComparison.Ordinal);
        return start < 0 ? "?" : message[(start + 1)..].Trim().TrimEnd('.');
    }

    private static CodedMessage ExpectedKind(string message)
    {
        // "The JSON value could not be converted to System.Int32. Path: …": name the JSON kind, not the .NET type.
        var type = message[(message.IndexOf("converted to ", StringComparison.Ordinal) + "converted to ".Length)..];
        type = type[..Math.Max(0, type.IndexOf(". Path", StringComparison.Ordinal))];
        return type switch
        {
            _ when type.Contains("Int", StringComparison.Ordinal) || type.Contains("Double", StringComparison.Ordinal) || type.Contains("Decimal", StringComparison.Ordinal) => RequestMessages.KindNumber.Message,
            _ when type.Contains("Boolean", StringComparison.Ordinal) => RequestMessages.KindBoolean.Message,
            _ when type.Contains("DateOnly", StringComparison.Ordinal) => RequestMessages.KindDate.Message,
            _ when type.Contains("DateTime", StringComparison.Ordinal) => RequestMessages.KindDateTime.Message,
            _ when type.Contains("Guid", StringComparison.Ordinal) => RequestMessages.KindId.Message,
            _ when type.Contains("String", StringComparison.Ordinal) => RequestMessages.KindString.Message,
            _ when type.Contains("[]", StringComparison.Ordinal) || type.Contains("List", StringComparison.Ordinal) => RequestMessages.KindList.Message,
            _ => RequestMessages.KindOther.Message,
        };
    }
}
