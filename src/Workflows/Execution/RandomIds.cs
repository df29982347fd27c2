using System.Buffers.Binary;
using System.Security.Cryptography;

namespace LabFlow.Workflows.Execution;

/// <summary>
/// Random (version 4) ids, as <see cref="Guid.NewGuid"/> makes them and from the same cryptographic source, drawn in
/// blocks. On Linux every <see cref="Guid.NewGuid"/> is a <c>getrandom</c> system call: on the 2-core VM the benchmarks
/// run on that cost 6–11 µs each under load, and a burst takes several (the lab, each forked branch, each bookmark and
/// effect), more than a whole short step. One call fills a block of 256 ids (4 KiB per thread): with blocks of 64 the
/// call was still 4–8 % of a twenty-step flow's CPU under load (issue 17).
/// </summary>
internal static class RandomIds
{
    private const int IdSize = 16;
    private const int IdsPerBlock = 256;

    // Per thread, so no lock; an id is taken and used synchronously, so an await never splits a block between owners.
    [ThreadStatic]
    private static byte[]? t_block;

    [ThreadStatic]
    private static int t_used;

    public static Guid NewGuid()
    {
        var block = t_block;
        if (block is null)
        {
            block = t_block = new byte[IdSize * IdsPerBlock];
            t_used = IdsPerBlock;
        }

        if (t_used == IdsPerBlock)
        {
            RandomNumberGenerator.Fill(block);
            t_used = 0;
        }

        var bytes = block.AsSpan(t_used++ * IdSize, IdSize);

        // The version and variant bits Guid.NewGuid sets (RFC 9562): version 4 in the high nibble of the third field
        // (little-endian, so byte 7), variant 10xx in byte 8.
        bytes[7] = (byte)((bytes[7] & 0x0F) | 0x40);
        bytes[8] = (byte)((bytes[8] & 0x3F) | 0x80);
        var id = new Guid(bytes);
        bytes.Clear(); // an id handed out is not kept in the block
        return id;
    }

    /// <summary>
    /// A time-ordered (version 7) id, as <see cref="Guid.CreateVersion7()"/> makes it but from the block: the first 48
    /// bits are the Unix time in milliseconds, the rest random. For rows' keys: a new lab's or bookmark's key (and the
    /// lab's journal, keyed by the lab first) then lands at the end of its B-tree, where the last inserts' pages are,
    /// instead of at a random leaf: SQLite writes fewer pages per burst (issue 17). The time only orders keys; nothing
    /// reads it back.
    /// </summary>
    public static Guid NewTimeOrdered()
    {
        Span<byte> bytes = stackalloc byte[IdSize];
        NewGuid().TryWriteBytes(bytes);
        var milliseconds = TimeProvider.System.GetUtcNow().ToUnixTimeMilliseconds();

        // Guid's own little-endian layout, as Guid.CreateVersion7 sets it: the time in the first two fields, so the
        // text and RFC 9562 byte order both begin with it, and version 7 in the third field's high nibble.
        BinaryPrimitives.WriteInt32LittleEndian(bytes, (int)(milliseconds >> 16));
        BinaryPrimitives.WriteInt16LittleEndian(bytes[4..], (short)milliseconds);
        bytes[7] = (byte)((bytes[7] & 0x0F) | 0x70);
        return new Guid(bytes);
    }
}
