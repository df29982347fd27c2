using System.Text.Json;
using System.Text.Json.Serialization;

namespace LabFlow.Workflows.Definitions;

/// <summary>Reads and writes <see cref="LocalizedText"/> as a string or as an object of culture → string.</summary>
internal sealed class LocalizedTextJsonConverter : JsonConverter<LocalizedText>
{
    public override LocalizedText Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType == JsonTokenType.String)
        {
            return LocalizedText.Of(reader.GetString()!);
        }

        if (reader.TokenType != JsonTokenType.StartObject)
        {
            throw new JsonException("Expected a text: a string, or an object of culture to string such as { \"sv\": \"…\", \"en\": \"…\" }.");
        }

        var entries = new List<KeyValuePair<string, string>>();
        while (reader.Read() && reader.TokenType != JsonTokenType.EndObject)
        {
            var culture = reader.GetString()!;
            reader.Read();
            if (reader.TokenType != JsonTokenType.String)
            {
                throw new JsonException($"The text for culture '{culture}' must be a string.");
            }

            entries.Add(new(culture, reader.GetString()!));
        }

        return LocalizedText.Of(entries);
    }

    public override void Write(Utf8JsonWriter writer, LocalizedText value, JsonSerializerOptions options)
    {
        if (value.Invariant is not null)
        {
            writer.WriteStringValue(value.Invariant);
            return;
        }

        writer.WriteStartObject();
        foreach (var (culture, text) in value.ByCulture)
        {
            writer.WriteString(culture, text);
        }

        writer.WriteEndObject();
    }
}
