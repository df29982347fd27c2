using System.Buffers;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization;

namespace LabFlow.Workflows.Execution;

/// <summary>
/// Serialises <see cref="WorkflowState"/> for stores that keep it as one document. The document is the one
/// <see cref="JsonSerializer"/> writes with <see cref="Options"/> (web defaults, enums by name), byte for byte, but it
/// is written and read by hand with <see cref="Utf8JsonWriter"/> and <see cref="Utf8JsonReader"/>: the reflection
/// serializer's metadata walk over the records was about 10 % of LabFlow's CPU in a durable round trip (issue 17),
/// a parse on every resume and a write on every commit. A document the hand reader does not expect (names in another
/// case, unknown properties, an enum as a number: anything the serializer would also accept) is read by the serializer,
/// so whatever it read before still reads the same.
/// </summary>
public static class WorkflowStateSerializer
{
    internal static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web)
    {
        Converters = { new JsonStringEnumConverter() },
    };

    // What the serializer gives a JsonObject it reads with the web defaults: names compared case-insensitively.
    private static readonly JsonNodeOptions NodeOptions = new() { PropertyNameCaseInsensitive = true };

    // A state above this size gets a writer of its own rather than growing the thread's kept buffer for good.
    private const int KeptBufferLimit = 64 * 1024;

    [ThreadStatic]
    private static StateWriter? t_writer;

    public static string Serialize(WorkflowState state)
    {
        ArgumentNullException.ThrowIfNull(state);
        var kept = t_writer;
        t_writer = null;
        var writer = kept ?? new StateWriter();
        try
        {
            writer.Json.Reset(writer.Buffer);
            Write(writer.Json, state);
            writer.Json.Flush();
            return Encoding.UTF8.GetString(writer.Buffer.WrittenSpan);
        }
        finally
        {
            if (writer.Buffer.Capacity <= KeptBufferLimit)
            {
                writer.Buffer.ResetWrittenCount();
                t_writer = writer;
            }
        }
    }

    public static WorkflowState Deserialize(string json)
    {
        ArgumentNullException.ThrowIfNull(json);
        var rented = ArrayPool<byte>.Shared.Rent(Encoding.UTF8.GetMaxByteCount(json.Length));
        try
        {
            var length = Encoding.UTF8.GetBytes(json, rented);
            return TryRead(rented.AsSpan(0, length)) ?? JsonSerializer.Deserialize<WorkflowState>(json, Options) ?? new WorkflowState();
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(rented);
        }
    }

    private static void Write(Utf8JsonWriter writer, WorkflowState state)
    {
        writer.WriteStartObject();
        writer.WritePropertyName(Names.Inputs);
        WriteNode(writer, state.Inputs);
        writer.WritePropertyName(Names.Variables);
        WriteNode(writer, state.Variables);
        writer.WritePropertyName(Names.Outputs);
        WriteNode(writer, state.Outputs);
        writer.WritePropertyName(Names.LabContext);
        WriteNode(writer, state.LabContext);

        writer.WritePropertyName(Names.Tokens);
        if (state.Tokens is null)
        {
            writer.WriteNullValue();
        }
        else
        {
            writer.WriteStartArray();
            foreach (var token in state.Tokens)
            {
                WriteToken(writer, token);
            }

            writer.WriteEndArray();
        }

        writer.WritePropertyName(Names.Joins);
        if (state.Joins is null)
        {
            writer.WriteNullValue();
        }
        else
        {
            writer.WriteStartObject();
            foreach (var (activityId, join) in state.Joins)
            {
                writer.WritePropertyName(activityId);
                WriteJoin(writer, join);
            }

            writer.WriteEndObject();
        }

        writer.WritePropertyName(Names.Incidents);
        if (state.Incidents is null)
        {
            writer.WriteNullValue();
        }
        else
        {
            writer.WriteStartArray();
            foreach (var incident in state.Incidents)
            {
                WriteIncident(writer, incident);
            }

            writer.WriteEndArray();
        }

        writer.WriteNumber(Names.JournalSequence, state.JournalSequence);
        writer.WriteEndObject();
    }

    private static void WriteNode(Utf8JsonWriter writer, JsonNode? node)
    {
        if (node is null)
        {
            writer.WriteNullValue();
        }
        else
        {
            node.WriteTo(writer, Options);
        }
    }

    private static void WriteToken(Utf8JsonWriter writer, TokenState? token)
    {
        if (token is null)
        {
            writer.WriteNullValue();
            return;
        }

        writer.WriteStartObject();
        writer.WriteString(Names.Id, token.Id);
        WriteString(writer, Names.ActivityId, token.ActivityId);
        writer.WritePropertyName(Names.Status);
        switch (token.Status)
        {
            case TokenStatus.Waiting:
                writer.WriteStringValue(Names.Waiting);
                break;
            case TokenStatus.Faulted:
                writer.WriteStringValue(Names.Faulted);
                break;
            default:
                // JsonStringEnumConverter writes a value without a name as its number.
                writer.WriteNumberValue((int)token.Status);
                break;
        }

        WriteString(writer, Names.ArrivedFrom, token.ArrivedFrom);
        writer.WritePropertyName(Names.Lineage);
        WriteLineage(writer, token.Lineage);
        writer.WriteEndObject();
    }

    private static void WriteJoin(Utf8JsonWriter writer, JoinState? join)
    {
        if (join is null)
        {
            writer.WriteNullValue();
            return;
        }

        writer.WriteStartObject();
        writer.WritePropertyName(Names.Arrived);
        if (join.Arrived is null)
        {
            writer.WriteNullValue();
        }
        else
        {
            writer.WriteStartArray();
            foreach (var connection in join.Arrived)
            {
                writer.WriteStringValue(connection);
            }

            writer.WriteEndArray();
        }

        writer.WriteBoolean(Names.Fired, join.Fired);
        if (join.Firing is { } firing)
        {
            writer.WriteString(Names.Firing, firing);
        }
        else
        {
            writer.WriteNull(Names.Firing);
        }

        writer.WritePropertyName(Names.Lineage);
        WriteLineage(writer, join.Lineage);
        writer.WriteEndObject();
    }

    private static void WriteIncident(Utf8JsonWriter writer, Incident? incident)
    {
        if (incident is null)
        {
            writer.WriteNullValue();
            return;
        }

        writer.WriteStartObject();
        writer.WriteString(Names.Id, incident.Id);
        writer.WriteString(Names.TokenId, incident.TokenId);
        WriteString(writer, Names.ActivityId, incident.ActivityId);
        WriteString(writer, Names.Message, incident.Message);
        writer.WriteString(Names.CreatedAt, incident.CreatedAt);
        writer.WriteEndObject();
    }

    private static void WriteLineage(Utf8JsonWriter writer, IReadOnlyDictionary<string, Guid>? lineage)
    {
        if (lineage is null)
        {
            writer.WriteNullValue();
            return;
        }

        writer.WriteStartObject();
        foreach (var (join, firing) in lineage)
        {
            writer.WriteString(join, firing);
        }

        writer.WriteEndObject();
    }

    private static void WriteString(Utf8JsonWriter writer, JsonEncodedText name, string? value)
    {
        if (value is null)
        {
            writer.WriteNull(name);
        }
        else
        {
            writer.WriteString(name, value);
        }
    }

    /// <summary>The state from a document as <see cref="Serialize"/> writes it; <c>null</c> for any other shape.</summary>
    internal static WorkflowState? TryRead(ReadOnlySpan<byte> utf8)
    {
        var reader = new Utf8JsonReader(utf8);
        try
        {
            return StateReader.Read(ref reader);
        }
        catch (JsonException)
        {
            // Not the shape written here (or not JSON at all): the serializer decides, and words its own error.
            return null;
        }
        catch (InvalidOperationException)
        {
            // A token of another type than the shape's (a number where a string belongs).
            return null;
        }
        catch (FormatException)
        {
            // A string that is not a Guid or a date where the shape has one.
            return null;
        }
    }

    private sealed class StateWriter
    {
        public ArrayBufferWriter<byte> Buffer { get; } = new(1024);

        public Utf8JsonWriter Json { get; }

        public StateWriter() => Json = new Utf8JsonWriter(Buffer);
    }

    /// <summary>Reads the document's exact shape; anything else throws <see cref="JsonException"/>, for the fallback.</summary>
    private static class StateReader
    {
        public static WorkflowState Read(ref Utf8JsonReader reader)
        {
            Expect(ref reader, JsonTokenType.StartObject);
            JsonObject? inputs = null, variables = null, outputs = null, labContext = null;
            List<TokenState>? tokens = null;
            Dictionary<string, JoinState>? joins = null;
            List<Incident>? incidents = null;
            long journalSequence = 0;
            bool seenInputs = false, seenVariables = false, seenOutputs = false, seenLabContext = false;
            bool seenTokens = false, seenJoins = false, seenIncidents = false;
            while (NextProperty(ref reader))
            {
                if (reader.ValueTextEquals(Names.Inputs.EncodedUtf8Bytes))
                {
                    (inputs, seenInputs) = (ReadObject(ref reader), true);
                }
                else if (reader.ValueTextEquals(Names.Variables.EncodedUtf8Bytes))
                {
                    (variables, seenVariables) = (ReadObject(ref reader), true);
                }
                else if (reader.ValueTextEquals(Names.Outputs.EncodedUtf8Bytes))
                {
                    (outputs, seenOutputs) = (ReadObject(ref reader), true);
                }
                else if (reader.ValueTextEquals(Names.LabContext.EncodedUtf8Bytes))
                {
                    (labContext, seenLabContext) = (ReadObject(ref reader), true);
                }
                else if (reader.ValueTextEquals(Names.Tokens.EncodedUtf8Bytes))
                {
                    (tokens, seenTokens) = (ReadTokens(ref reader), true);
                }
                else if (reader.ValueTextEquals(Names.Joins.EncodedUtf8Bytes))
                {
                    (joins, seenJoins) = (ReadJoins(ref reader), true);
                }
                else if (reader.ValueTextEquals(Names.Incidents.EncodedUtf8Bytes))
                {
                    (incidents, seenIncidents) = (ReadIncidents(ref reader), true);
                }
                else if (reader.ValueTextEquals(Names.JournalSequence.EncodedUtf8Bytes))
                {
                    Expect(ref reader, JsonTokenType.Number);
                    journalSequence = reader.GetInt64();
                }
                else
                {
                    throw new JsonException("A property the hand reader does not know.");
                }
            }

            if (reader.Read())
            {
                throw new JsonException("Something after the document.");
            }

            // A property the document leaves out keeps the record's default, as the serializer leaves it.
            return new WorkflowState
            {
                Inputs = seenInputs ? inputs! : [],
                Variables = seenVariables ? variables! : [],
                Outputs = seenOutputs ? outputs! : [],
                LabContext = seenLabContext ? labContext! : [],
                Tokens = seenTokens ? tokens! : [],
                Joins = seenJoins ? joins! : [],
                Incidents = seenIncidents ? incidents! : [],
                JournalSequence = journalSequence,
            };
        }

        private static JsonObject? ReadObject(ref Utf8JsonReader reader)
        {
            reader.Read();
            if (reader.TokenType == JsonTokenType.Null)
            {
                return null;
            }

            if (reader.TokenType != JsonTokenType.StartObject)
            {
                throw new JsonException("Not an object.");
            }

            // An empty object (most labs' inputs, a new lab's outputs) needs no document of its own.
            var probe = reader;
            if (probe.Read() && probe.TokenType == JsonTokenType.EndObject)
            {
                reader = probe;
                return new JsonObject(NodeOptions);
            }

            // Backed by its own element, as the serializer's JsonObject is: values convert lazily with TryGetValue.
            return JsonObject.Create(JsonElement.ParseValue(ref reader), NodeOptions);
        }

        private static List<TokenState>? ReadTokens(ref Utf8JsonReader reader)
        {
            if (!StartArray(ref reader))
            {
                return null;
            }

            var tokens = new List<TokenState>();
            while (NextElement(ref reader))
            {
                Guid? id = null;
                string? activityId = null, arrivedFrom = null;
                TokenStatus? status = null;
                Dictionary<string, Guid>? lineage = null;
                bool seenArrivedFrom = false, seenLineage = false;
                while (NextProperty(ref reader))
                {
                    if (reader.ValueTextEquals(Names.Id.EncodedUtf8Bytes))
                    {
                        id = ReadGuid(ref reader);
                    }
                    else if (reader.ValueTextEquals(Names.ActivityId.EncodedUtf8Bytes))
                    {
                        activityId = ReadString(ref reader);
                    }
                    else if (reader.ValueTextEquals(Names.Status.EncodedUtf8Bytes))
                    {
                        status = ReadStatus(ref reader);
                    }
                    else if (reader.ValueTextEquals(Names.ArrivedFrom.EncodedUtf8Bytes))
                    {
                        (arrivedFrom, seenArrivedFrom) = (ReadString(ref reader), true);
                    }
                    else if (reader.ValueTextEquals(Names.Lineage.EncodedUtf8Bytes))
                    {
                        (lineage, seenLineage) = (ReadLineage(ref reader), true);
                    }
                    else
                    {
                        throw new JsonException("A property the hand reader does not know.");
                    }
                }

                // The constructor's parameters with defaults may be left out; the others the serializer would default.
                if (id is null || status is null || activityId is null || !seenArrivedFrom || !seenLineage)
                {
                    throw new JsonException("A token not as written here.");
                }

                tokens.Add(new TokenState(id.Value, activityId, status.Value, arrivedFrom, lineage));
            }

            return tokens;
        }

        private static Dictionary<string, JoinState>? ReadJoins(ref Utf8JsonReader reader)
        {
            reader.Read();
            if (reader.TokenType == JsonTokenType.Null)
            {
                return null;
            }

            if (reader.TokenType != JsonTokenType.StartObject)
            {
                throw new JsonException("Not an object.");
            }

            var joins = new Dictionary<string, JoinState>();
            while (NextProperty(ref reader))
            {
                var activityId = reader.GetString()!;
                Expect(ref reader, JsonTokenType.StartObject);
                List<string>? arrived = null;
                var fired = false;
                Guid? firing = null;
                Dictionary<string, Guid>? lineage = null;
                var seenArrived = false;
                while (NextProperty(ref reader))
                {
                    if (reader.ValueTextEquals(Names.Arrived.EncodedUtf8Bytes))
                    {
                        (arrived, seenArrived) = (ReadStrings(ref reader), true);
                    }
                    else if (reader.ValueTextEquals(Names.Fired.EncodedUtf8Bytes))
                    {
                        reader.Read();
                        fired = reader.GetBoolean();
                    }
                    else if (reader.ValueTextEquals(Names.Firing.EncodedUtf8Bytes))
                    {
                        reader.Read();
                        firing = reader.TokenType == JsonTokenType.Null ? null : reader.GetGuid();
                    }
                    else if (reader.ValueTextEquals(Names.Lineage.EncodedUtf8Bytes))
                    {
                        lineage = ReadLineage(ref reader);
                    }
                    else
                    {
                        throw new JsonException("A property the hand reader does not know.");
                    }
                }

                var join = new JoinState { Fired = fired, Firing = firing, Lineage = lineage };
                joins[activityId] = seenArrived ? join with { Arrived = arrived! } : join;
            }

            return joins;
        }

        private static List<Incident>? ReadIncidents(ref Utf8JsonReader reader)
        {
            if (!StartArray(ref reader))
            {
                return null;
            }

            var incidents = new List<Incident>();
            while (NextElement(ref reader))
            {
                Guid? id = null, tokenId = null;
                string? activityId = null, message = null;
                DateTimeOffset? createdAt = null;
                while (NextProperty(ref reader))
                {
                    if (reader.ValueTextEquals(Names.Id.EncodedUtf8Bytes))
                    {
                        id = ReadGuid(ref reader);
                    }
                    else if (reader.ValueTextEquals(Names.TokenId.EncodedUtf8Bytes))
                    {
                        tokenId = ReadGuid(ref reader);
                    }
                    else if (reader.ValueTextEquals(Names.ActivityId.EncodedUtf8Bytes))
                    {
                        activityId = ReadString(ref reader);
                    }
                    else if (reader.ValueTextEquals(Names.Message.EncodedUtf8Bytes))
                    {
                        message = ReadString(ref reader);
                    }
                    else if (reader.ValueTextEquals(Names.CreatedAt.EncodedUtf8Bytes))
                    {
                        reader.Read();
                        createdAt = reader.GetDateTimeOffset();
                    }
                    else
                    {
                        throw new JsonException("A property the hand reader does not know.");
                    }
                }

                if (id is null || tokenId is null || activityId is null || message is null || createdAt is null)
                {
                    throw new JsonException("An incident not as written here.");
                }

                incidents.Add(new Incident(id.Value, tokenId.Value, activityId, message, createdAt.Value));
            }

            return incidents;
        }

        private static Dictionary<string, Guid>? ReadLineage(ref Utf8JsonReader reader)
        {
            reader.Read();
            if (reader.TokenType == JsonTokenType.Null)
            {
                return null;
            }

            if (reader.TokenType != JsonTokenType.StartObject)
            {
                throw new JsonException("Not an object.");
            }

            var lineage = new Dictionary<string, Guid>();
            while (NextProperty(ref reader))
            {
                var join = reader.GetString()!;
                lineage[join] = ReadGuid(ref reader);
            }

            return lineage;
        }

        private static List<string>? ReadStrings(ref Utf8JsonReader reader)
        {
            if (!StartArray(ref reader))
            {
                return null;
            }

            var strings = new List<string>();
            while (NextElement(ref reader))
            {
                strings.Add(reader.TokenType == JsonTokenType.String ? reader.GetString()! : throw new JsonException("Not a string."));
            }

            return strings;
        }

        private static TokenStatus ReadStatus(ref Utf8JsonReader reader)
        {
            Expect(ref reader, JsonTokenType.String);
            return reader.ValueTextEquals(Names.Waiting.EncodedUtf8Bytes) ? TokenStatus.Waiting
                : reader.ValueTextEquals(Names.Faulted.EncodedUtf8Bytes) ? TokenStatus.Faulted
                : throw new JsonException("A status the hand reader does not know.");
        }

        private static Guid ReadGuid(ref Utf8JsonReader reader)
        {
            Expect(ref reader, JsonTokenType.String);
            return reader.GetGuid();
        }

        private static string? ReadString(ref Utf8JsonReader reader)
        {
            reader.Read();
            return reader.TokenType switch
            {
                JsonTokenType.Null => null,
                JsonTokenType.String => reader.GetString(),
                _ => throw new JsonException("Not a string."),
            };
        }

        /// <summary>Reads the array's start; <c>false</c> for <c>null</c>.</summary>
        private static bool StartArray(ref Utf8JsonReader reader)
        {
            reader.Read();
            return reader.TokenType switch
            {
                JsonTokenType.Null => false,
                JsonTokenType.StartArray => true,
                _ => throw new JsonException("Not an array."),
            };
        }

        /// <summary>Moves to the next element of an array of objects; <c>false</c> at its end.</summary>
        private static bool NextElement(ref Utf8JsonReader reader)
        {
            reader.Read();
            return reader.TokenType switch
            {
                JsonTokenType.EndArray => false,
                JsonTokenType.StartObject or JsonTokenType.String => true,
                _ => throw new JsonException("An element the hand reader does not expect."),
            };
        }

        /// <summary>Moves to the next property name of an object; <c>false</c> at its end.</summary>
        private static bool NextProperty(ref Utf8JsonReader reader)
        {
            reader.Read();
            return reader.TokenType switch
            {
                JsonTokenType.EndObject => false,
                JsonTokenType.PropertyName => true,
                _ => throw new JsonException("Not a property."),
            };
        }

        private static void Expect(ref Utf8JsonReader reader, JsonTokenType type)
        {
            if (!reader.Read() || reader.TokenType != type)
            {
                throw new JsonException($"Expected {type}.");
            }
        }
    }

    private static class Names
    {
        public static readonly JsonEncodedText Inputs = JsonEncodedText.Encode("inputs");
        public static readonly JsonEncodedText Variables = JsonEncodedText.Encode("variables");
        public static readonly JsonEncodedText Outputs = JsonEncodedText.Encode("outputs");
        public static readonly JsonEncodedText LabContext = JsonEncodedText.Encode("labContext");
        public static readonly JsonEncodedText Tokens = JsonEncodedText.Encode("tokens");
        public static readonly JsonEncodedText Joins = JsonEncodedText.Encode("joins");
        public static readonly JsonEncodedText Incidents = JsonEncodedText.Encode("incidents");
        public static readonly JsonEncodedText JournalSequence = JsonEncodedText.Encode("journalSequence");
        public static readonly JsonEncodedText Id = JsonEncodedText.Encode("id");
        public static readonly JsonEncodedText ActivityId = JsonEncodedText.Encode("activityId");
        public static readonly JsonEncodedText Status = JsonEncodedText.Encode("status");
        public static readonly JsonEncodedText ArrivedFrom = JsonEncodedText.Encode("arrivedFrom");
        public static readonly JsonEncodedText Lineage = JsonEncodedText.Encode("lineage");
        public static readonly JsonEncodedText Arrived = JsonEncodedText.Encode("arrived");
        public static readonly JsonEncodedText Fired = JsonEncodedText.Encode("fired");
        public static readonly JsonEncodedText Firing = JsonEncodedText.Encode("firing");
        public static readonly JsonEncodedText TokenId = JsonEncodedText.Encode("tokenId");
        public static readonly JsonEncodedText Message = JsonEncodedText.Encode("message");
        public static readonly JsonEncodedText CreatedAt = JsonEncodedText.Encode("createdAt");
        public static readonly JsonEncodedText Waiting = JsonEncodedText.Encode(nameof(TokenStatus.Waiting));
        public static readonly JsonEncodedText Faulted = JsonEncodedText.Encode(nameof(TokenStatus.Faulted));
    }
}
