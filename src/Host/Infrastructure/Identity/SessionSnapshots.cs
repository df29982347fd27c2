using System.Collections.Concurrent;

namespace LabFlow.Host.Infrastructure.Identity;

/// <summary>
/// What this node last read about each signed-in person: whether they may sign in and the claims their sign-in
/// should carry, for the security stamp it was read under. An entry serves only while the stamp is unchanged and
/// for at most <see cref="LabFlowAuthenticationOptions.SessionRefreshInterval"/>; one entry per person, so the
/// dictionary stays as small as the directory.
/// </summary>
internal sealed class SessionSnapshots(TimeProvider time)
{
    private readonly ConcurrentDictionary<Guid, Entry> _entries = new();

    public SessionSnapshot? Find(Guid personId, string securityStamp) =>
        _entries.TryGetValue(personId, out var entry)
        && string.Equals(entry.Snapshot.SecurityStamp, securityStamp, StringComparison.Ordinal)
        && time.GetUtcNow() < entry.ValidUntil
            ? entry.Snapshot
            : null;

    public void Store(Guid personId, SessionSnapshot snapshot, TimeSpan lifetime)
    {
        if (lifetime > TimeSpan.Zero)
        {
            _entries[personId] = new Entry(snapshot, time.GetUtcNow() + lifetime);
        }
    }

    /// <summary>Drops what this node knows of the person (their sessions were just ended here).</summary>
    public void Forget(Guid personId) => _entries.TryRemove(personId, out _);

    private sealed record Entry(SessionSnapshot Snapshot, DateTimeOffset ValidUntil);
}
