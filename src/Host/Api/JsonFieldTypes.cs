using System.Collections;
using System.Reflection;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using LabFlow.Activities.Messages;

namespace LabFlow.Host.Api;

/// <summary>
/// What kind of JSON value a field of a request body takes, found from the body's type and the JSON path of the
/// error. System.Text.Json names the containing record when a constructor parameter does not convert, which tells
/// a script author nothing; this names the field's own kind.
/// </summary>
internal static partial class JsonFieldTypes
{
    /// <summary>The kind expected at <paramref name="path"/> (<c>$.people[0].personId</c>) in <paramref name="bodyType"/>, or <c>null</c>.</summary>
    public static CodedMessage? ExpectedAt(Type bodyType, string path)
    {
        var type = bodyType;
        foreach (Match segment in Segments().Matches(path))
        {
            if (segment.Groups["index"].Success)
            {
                type = ElementType(type);
            }
            else
            {
                var name = segment.Groups["name"].Value;
                type = type.GetProperty(name, BindingFlags.Public | BindingFlags.Instance | BindingFlags.IgnoreCase)?.PropertyType;
            }

            if (type is null)
            {
                return null;
            }
        }

        return Describe(type);
    }

    private static Type? ElementType(Type type) =>
        type.IsArray ? type.GetElementType()
        : type.IsGenericType && typeof(IEnumerable).IsAssignableFrom(type) ? type.GetGenericArguments()[0]
        : null;

    /// <summary>The JSON kind of a .NET type, as a script author writes it.</summary>
    public static CodedMessage Describe(Type type)
    {
        type = Nullable.GetUnderlyingType(type) ?? type;
        return type switch
        {
            _ when type.IsEnum => RequestMessages.KindOneOf.With(("values", string.Join(", ", Enum.GetNames(type).Select(n => $"\"{n}\"")))),
            _ when type == typeof(string) => RequestMessages.KindString.Message,
            _ when type == typeof(bool) => RequestMessages.KindBoolean.Message,
            _ when type == typeof(int) || type == typeof(long) || type == typeof(double) || type == typeof(decimal) => RequestMessages.KindNumber.Message,
            _ when type == typeof(DateOnly) => RequestMessages.KindDate.Message,
            _ when type == typeof(DateTimeOffset) || type == typeof(DateTime) => RequestMessages.KindDateTime.Message,
            _ when type == typeof(Guid) => RequestMessages.KindId.Message,
            _ when type == typeof(JsonArray) || ElementType(type) is not null => RequestMessages.KindList.Message,
            _ => RequestMessages.KindObject.Message,
        };
    }

    [GeneratedRegex(@"\.(?<name>[A-Za-z_][A-Za-z0-9_]*)|\[(?<index>\d+)\]|\['(?<name>[^']+)'\]")]
    private static partial Regex Segments();
}
