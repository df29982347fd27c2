using System.Text.Json;
using System.Text.Json.Serialization;

namespace LabFlow.Host.Api;

/// <summary>
/// Enums bind from their names only: an integer (<c>"role": 99</c>), a numeric string (<c>"99"</c>) or a name the
/// enum does not have is refused as a JSON error, which the API answers as a 400 naming the field and its names.
/// Writing is unchanged (names).
/// </summary>
internal sealed class StrictEnumConverter : JsonConverterFactory
{
    private readonly JsonStringEnumConverter _names = new(namingPolicy: null, allowIntegerValues: false);

    public override bool CanConvert(Type typeToConvert) => typeToConvert.IsEnum;

    public override JsonConverter? CreateConverter(Type typeToConvert, JsonSerializerOptions options) =>
        (JsonConverter?)Activator.CreateInstance(
            typeof(DefinedOnly<>).MakeGenericType(typeToConvert),
            _names.CreateConverter(typeToConvert, options));

    private sealed class DefinedOnly<TEnum>(JsonConverter inner) : JsonConverter<TEnum>
        where TEnum : struct, Enum
    {
        private readonly JsonConverter<TEnum> _inner = (JsonConverter<TEnum>)inner;

        public override TEnum Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
        {
            // A message-less JsonException becomes "could not be converted" with the field's path, which
            // JsonErrorMessages turns into "expected one of …".
            var value = reader.TokenType == JsonTokenType.String ? _inner.Read(ref reader, typeToConvert, options) : throw new JsonException();
            return Enum.IsDefined(value) ? value : throw new JsonException();
        }

        public override void Write(Utf8JsonWriter writer, TEnum value, JsonSerializerOptions options) =>
            _inner.Write(writer, value, options);

        public override TEnum ReadAsPropertyName(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
        {
            var value = _inner.ReadAsPropertyName(ref reader, typeToConvert, options);
            return Enum.IsDefined(value) ? value : throw new JsonException();
        }

        public override void WriteAsPropertyName(Utf8JsonWriter writer, TEnum value, JsonSerializerOptions options) =>
            _inner.WriteAsPropertyName(writer, value, options);
    }
}
