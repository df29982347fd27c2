using LabFlow.Workflows.Execution;

namespace LabFlow.Workflows.Tests.Execution;

public sealed class RandomIdsTests
{
    [Fact]
    public void NewGuid_GivesDistinctVersion4Ids_WhenManyAreDrawnAcrossBlocks()
    {
        var ids = Enumerable.Range(0, 300).Select(_ => RandomIds.NewGuid()).ToList();

        Assert.Equal(ids.Count, ids.Distinct().Count());
        Assert.All(ids, id => Assert.Equal(4, id.Version));
        Assert.All(ids, id => Assert.Equal(0b10, id.Variant >> 2));
    }
}
