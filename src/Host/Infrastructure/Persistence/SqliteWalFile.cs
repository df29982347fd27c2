using System.Runtime.InteropServices;

namespace LabFlow.Host.Infrastructure.Persistence;

/// <summary>
/// The write-ahead log of one SQLite database file (<c>&lt;db&gt;-wal</c>, the name SQLite documents), flushed to disk
/// with <c>fdatasync</c> as SQLite's own commit does under synchronous=FULL (Linux only; see
/// <see cref="SqliteWalDurability"/>). Only <see cref="GroupFlushBarrier"/> calls <see cref="Flush"/>, one call at a
/// time, so the descriptor needs no lock.
/// </summary>
/// <remarks>
/// <para>
/// The descriptor stays open between flushes. Closing a descriptor drops every POSIX lock the process holds on that
/// inode, whichever descriptor took it; that is harmless here because SQLite takes none on the WAL: os_unix.c takes
/// the database file's locks through <c>unixLock</c> on the database descriptor and every WAL lock (readers, writer,
/// checkpointer, recovery) through <c>xShmLock</c>, that is <c>unixShmSystemLock</c> on the <c>-shm</c> descriptor;
/// wal.c never calls <c>xLock</c> on the WAL file. Kept open, it also costs no <c>open</c>/<c>close</c> per flush.
/// </para>
/// <para>
/// The file can be replaced: SQLite deletes the WAL when the last connection to the database closes, after a
/// checkpoint that copied every frame into the database file and synced it, and the next connection creates a new
/// one. So each flush compares the inode at the path with the open descriptor's and reopens on a change. No file at
/// the path means every frame written so far is in the synced database file, so there is nothing to flush. The path
/// is looked up only when the open file has lost its name: SQLite creates and deletes its WAL but never renames or
/// links it, so while the open file still has a link it is the file at the path (issue 17: the path's lookup on every
/// flush was 3–4 % of a durable SQLite round trip's CPU; a look at the descriptor walks no path). A WAL
/// opened here for the first time gets its directory fsynced once: SQLite syncs the directory at the first sync of a
/// WAL it created, which under synchronous=NORMAL may not come before a power cut, and a file whose directory entry is
/// lost is lost with all its frames.
/// </para>
/// <para>
/// A failed fdatasync is final for the process: Linux may have dropped the dirty pages it could not write, and a later
/// fdatasync can then succeed without them, while WAL recovery stops at the first bad frame, so commits acknowledged
/// after it could be lost with them. PostgreSQL stops the server in that case and recovers from disk. Here every later
/// flush fails too, so no burst is acknowledged until the Host restarts and SQLite recovers from what is on disk.
/// </para>
/// </remarks>
internal sealed class SqliteWalFile(string databasePath, Func<int, int>? fileDataSync = null)
{
    private const int AtCurrentDirectory = -100;
    private const int AtEmptyPath = 0x1000;
    private const uint StatxLinkCount = 0x4;
    private const uint StatxInode = 0x100;
    private const int OpenReadOnlyCloseOnExec = 0x80000;
    private const int NoSuchFile = 2;

    private readonly string _path = databasePath + "-wal";
    private readonly string _directory = Path.GetDirectoryName(Path.GetFullPath(databasePath)) ?? "/";
    // fdatasync, or a test's stand-in for a disk that fails.
    private readonly Func<int, int> _fileDataSync = fileDataSync ?? FileDataSync;
    private int _descriptor = -1;
    private FileIdentity _identity;
    private IOException? _lostWrites;

    public string WalPath => _path;

    /// <summary>Whether an fdatasync failed: no flush succeeds again in this process (see the remarks).</summary>
    public bool LostWrites => _lostWrites is not null;

    /// <summary>Whether this platform's C library has what <see cref="Flush"/> needs (statx: glibc 2.28 and later).</summary>
    public static bool IsSupported(string databasePath)
    {
        if (!OperatingSystem.IsLinux())
        {
            return false;
        }

        try
        {
            return TryIdentify(AtCurrentDirectory, databasePath, 0, out _) is 0;
        }
        catch (Exception exception) when (exception is DllNotFoundException or EntryPointNotFoundException)
        {
            return false;
        }
    }

    /// <summary>Makes every frame written to the WAL so far durable; throws <see cref="IOException"/> when the disk says no.</summary>
    public void Flush()
    {
        if (_lostWrites is not null)
        {
            throw new IOException(
                $"An earlier fdatasync of {_path} failed, so writes acknowledged since could be lost; no burst is acknowledged until LabFlow restarts and SQLite recovers from the disk.",
                _lostWrites);
        }

        if (_descriptor >= 0 && IsStillLinked(_descriptor))
        {
            Sync();
            return;
        }

        var found = TryIdentify(AtCurrentDirectory, _path, 0, out var atPath);
        if (found == NoSuchFile)
        {
            Close();
            return;
        }

        if (found != 0)
        {
            throw Failed("statx", found);
        }

        if (_descriptor < 0 || atPath != _identity)
        {
            Close();
            if (!Open())
            {
                return;
            }
        }

        Sync();
    }

    private void Sync()
    {
        if (_fileDataSync(_descriptor) != 0)
        {
            throw _lostWrites = Failed("fdatasync", Marshal.GetLastPInvokeError());
        }
    }

    /// <summary>Whether the open file still has a name (a link count above zero); false also when the kernel does not answer, so the path decides.</summary>
    private static bool IsStillLinked(int descriptor) =>
        StatX(descriptor, string.Empty, AtEmptyPath, StatxLinkCount, out var buffer) == 0 && (buffer.Mask & StatxLinkCount) != 0 && buffer.LinkCount > 0;

    /// <summary>Opens the WAL now at the path and fsyncs its directory; false when there is none (see the remarks).</summary>
    private bool Open()
    {
        var descriptor = OpenFile(_path, OpenReadOnlyCloseOnExec);
        if (descriptor < 0)
        {
            var error = Marshal.GetLastPInvokeError();
            return error == NoSuchFile ? false : throw Failed("open", error);
        }

        var identified = TryIdentify(descriptor, string.Empty, AtEmptyPath, out var identity);
        if (identified != 0)
        {
            CloseFile(descriptor);
            throw Failed("statx", identified);
        }

        var directory = OpenFile(_directory, OpenReadOnlyCloseOnExec);
        var synced = directory >= 0 && FileSync(directory) == 0;
        var directoryError = synced ? 0 : Marshal.GetLastPInvokeError();
        if (directory >= 0)
        {
            CloseFile(directory);
        }

        if (!synced)
        {
            CloseFile(descriptor);
            throw Failed("fsync of the directory of", directoryError);
        }

        _descriptor = descriptor;
        _identity = identity;
        return true;
    }

    private void Close()
    {
        if (_descriptor >= 0)
        {
            CloseFile(_descriptor);
            _descriptor = -1;
        }
    }

    private IOException Failed(string call, int error) => new(
        $"{call} {_path} failed with errno {error}. A burst committed to SQLite since the last successful flush may not be on disk, so it was not acknowledged; " +
        "check the disk and the file system of the database folder.");

    /// <summary>statx; 0 with the device and inode, or the errno.</summary>
    private static int TryIdentify(int directory, string path, int flags, out FileIdentity identity)
    {
        if (StatX(directory, path, flags, StatxInode, out var buffer) != 0)
        {
            identity = default;
            return Marshal.GetLastPInvokeError();
        }

        identity = new FileIdentity(buffer.DeviceMajor, buffer.DeviceMinor, buffer.Inode);
        return 0;
    }

    private readonly record struct FileIdentity(uint DeviceMajor, uint DeviceMinor, ulong Inode);

    /// <summary>Linux's <c>struct statx</c> (the same layout on every architecture); only the fields read here are named.</summary>
    [StructLayout(LayoutKind.Explicit, Size = 256)]
    private struct StatxBuffer
    {
        [FieldOffset(0)]
        public uint Mask;

        [FieldOffset(16)]
        public uint LinkCount;

        [FieldOffset(32)]
        public ulong Inode;

        [FieldOffset(136)]
        public uint DeviceMajor;

        [FieldOffset(140)]
        public uint DeviceMinor;
    }

    [DllImport("libc", EntryPoint = "statx", SetLastError = true, ExactSpelling = true)]
    private static extern int StatX(int directory, [MarshalAs(UnmanagedType.LPUTF8Str)] string path, int flags, uint mask, out StatxBuffer buffer);

    [DllImport("libc", EntryPoint = "open", SetLastError = true, ExactSpelling = true)]
    private static extern int OpenFile([MarshalAs(UnmanagedType.LPUTF8Str)] string path, int flags);

    [DllImport("libc", EntryPoint = "close", SetLastError = true, ExactSpelling = true)]
    private static extern int CloseFile(int descriptor);

    [DllImport("libc", EntryPoint = "fdatasync", SetLastError = true, ExactSpelling = true)]
    private static extern int FileDataSync(int descriptor);

    [DllImport("libc", EntryPoint = "fsync", SetLastError = true, ExactSpelling = true)]
    private static extern int FileSync(int descriptor);
}
