using LabFlow.Host.Infrastructure.Identity;
using Microsoft.Extensions.Time.Testing;

namespace LabFlow.Host.Tests.Sessions;

/// <summary>What a node remembers of a signed-in person serves for the refresh interval at most, and never under another security stamp.</summary>
public sealed class SessionSnapshotsTests
{
    private static readonly Guid PersonId = Guid.NewGuid();
    private static readonly SessionSnapshot Snapshot = new("stamp-1", CanSignIn: true, "role=Coordinator");

    [Fact]
    public void Find_ReturnsTheSnapshot_WhenWithinTheIntervalAndTheStampIsTheSame()
    {
        var time = new FakeTimeProvider();
        var snapshots = new SessionSnapshots(time);
        snapshots.Store(PersonId, Snapshot, TimeSpan.FromSeconds(5));

        time.Advance(TimeSpan.FromSeconds(4.9));

        Assert.Same(Snapshot, snapshots.Find(PersonId, "stamp-1"));
    }

    [Fact]
    public void Find_ReturnsNothing_WhenTheIntervalHasPassed()
    {
        var time = new FakeTimeProvider();
        var snapshots = new SessionSnapshots(time);
        snapshots.Store(PersonId, Snapshot, TimeSpan.FromSeconds(5));

        time.Advance(TimeSpan.FromSeconds(5));

        Assert.Null(snapshots.Find(PersonId, "stamp-1"));
    }

    [Fact]
    public void Find_ReturnsNothing_WhenTheSecurityStampChanged()
    {
        var snapshots = new SessionSnapshots(new FakeTimeProvider());
        snapshots.Store(PersonId, Snapshot, TimeSpan.FromSeconds(5));

        Assert.Null(snapshots.Find(PersonId, "stamp-2"));
    }

    [Fact]
    public void Find_ReturnsNothing_WhenTheIntervalIsZeroOrThePersonWasForgotten()
    {
        var snapshots = new SessionSnapshots(new FakeTimeProvider());
        snapshots.Store(PersonId, Snapshot, TimeSpan.Zero);
        var other = Guid.NewGuid();
        snapshots.Store(other, Snapshot, TimeSpan.FromSeconds(5));

        snapshots.Forget(other);

        Assert.Null(snapshots.Find(PersonId, "stamp-1"));
        Assert.Null(snapshots.Find(other, "stamp-1"));
    }
}
