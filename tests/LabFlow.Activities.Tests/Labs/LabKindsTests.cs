using LabFlow.Activities.Labs;
using LabFlow.Activities.Tests.TestSupport;
using LabFlow.Workflows.Definitions;
using LabFlow.Workflows.Persistence;

namespace LabFlow.Activities.Tests.Labs;

public sealed class LabKindsTests
{
    [Fact]
    public async Task FindAsync_ReturnsTheProcessWideKind_WhenAnotherScopeFoundIt()
    {
        // Arrange: the stores do not know this lab; the process-wide cache does (another scope found its kind).
        await using var host = new LabTestHost();
        var labId = Guid.NewGuid();
        var cache = new LabKindCache();
        cache.Add(labId, FlowKind.Conference);
        var withCache = new LabKinds(host.Get<IWorkflowInstanceStore>(), host.Get<IWorkflowDefinitionStore>(), cache);
        var withoutCache = new LabKinds(host.Get<IWorkflowInstanceStore>(), host.Get<IWorkflowDefinitionStore>());

        // Act
        var cached = await withCache.FindAsync(labId, host.Token);
        var read = await withoutCache.FindAsync(labId, host.Token);

        // Assert
        Assert.Equal(FlowKind.Conference, cached);
        Assert.Null(read);
    }

    [Fact]
    public void Add_StartsOver_WhenTheCacheIsFull()
    {
        // Arrange
        var cache = new LabKindCache();
        var first = Guid.NewGuid();
        cache.Add(first, FlowKind.Seminar);
        for (var i = 1; i < LabKindCache.Capacity; i++)
        {
            cache.Add(Guid.NewGuid(), FlowKind.Lab);
        }

        // Act
        var last = Guid.NewGuid();
        cache.Add(last, FlowKind.Conference);

        // Assert
        Assert.False(cache.TryGet(first, out _));
        Assert.True(cache.TryGet(last, out var kind));
        Assert.Equal(FlowKind.Conference, kind);
    }
}
