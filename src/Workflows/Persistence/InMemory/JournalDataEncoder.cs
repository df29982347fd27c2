using System.Buffers;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace LabFlow.Workflows.Persistence.InMemory;

/// <summary>
/// A journal entry's data as the UTF-8 JSON <see cref="JsonSerializer.SerializeToUtf8Bytes{TValue}(TValue, JsonSerializerOptions?)"/>
/// gives (default options), written by a writer and buffer kept per thread: the serializer's own path (its type
/// lookup, a rented writer and buffer per call) was most of what keeping an entry cost the in-memory store (issue 17).
/// </summary>
internal static class JournalDataEncoder
{
    [ThreadStatic]
    private static ArrayBufferWriter<byte>? t_buffer;

    [ThreadStatic]
    private static Utf8JsonWriter? t_writer;

    // The serializer's default depth limit (64), so data too deep to store fails here as it did there.
    private static readonly JsonWriterOptions WriterOptions = new() { MaxDepth = 64 };

    public static byte[] Encode(JsonObject data)
    {
        ArgumentNullException.ThrowIfNull(data);
        var buffer = t_buffer ??= new ArrayBufferWriter<byte>(256);
        buffer.ResetWrittenCount();
        var writer = t_writer ??= new Utf8JsonWriter(buffer, WriterOptions);
        writer.Reset(buffer);
        try
        {
            data.WriteTo(writer);
            writer.Flush();
            return buffer.WrittenSpan.ToArray();
        }
        finally
        {
            // A large entry's buffer is not kept for the thread's lifetime.
            if (buffer.Capacity > 64 * 1024)
            {
                t_buffer = null;
                t_writer = null;
            }
        }
    }
}
