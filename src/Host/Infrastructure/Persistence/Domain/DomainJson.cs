using System.Text.Json;

namespace LabFlow.Host.Infrastructure.Persistence.Domain;

/// <summary>
/// How domain records are kept in JSON columns: the parts of a row that no query filters on (forms, history,
/// comments, answers) travel as one document, so a new field on a record needs no migration.
/// </summary>
internal static class DomainJson
{
    public static JsonSerializerOptions Options { get; } = new(JsonSerializerDefaults.Web);

    public static string Serialize<T>(T value) => JsonSerializer.Serialize(value, Options);

    public static T Deserialize<T>(string json) =>
        JsonSerializer.Deserialize<T>(json, Options) ?? throw new JsonException($"A stored {typeof(T).Name} was null.");

    /// <summary>The document as its UTF-8 bytes, for a provider that stores them without a string between (the same document as <see cref="Serialize{T}"/>).</summary>
    public static byte[] SerializeToUtf8Bytes<T>(T value) => JsonSerializer.SerializeToUtf8Bytes(value, Options);

    /// <summary>A document read from its stored UTF-8 bytes, as <see cref="Deserialize{T}(string)"/> reads its text.</summary>
    public static T Deserialize<T>(ReadOnlySpan<byte> utf8Json) =>
        JsonSerializer.Deserialize<T>(utf8Json, Options) ?? throw new JsonException($"A stored {typeof(T).Name} was null.");
}
