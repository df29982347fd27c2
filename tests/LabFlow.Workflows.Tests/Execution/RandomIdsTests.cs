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

    [Fact]
    public void NewTimeOrdered_GivesDistinctVersion7Ids_WhoseTextBeginsWithTheirTime()
    {
        var before = DateTimeOffset.UtcNow.ToUnixTimeMilliseconds();
        var ids = Enumerable.Range(0, 300).Select(_ => RandomIds.NewTimeOrdered()).ToList();
        var after = DateTimeOffset.UtcNow.ToUnixTimeMilliseconds();

        Assert.Equal(ids.Count, ids.Distinct().Count());
        Assert.All(ids, id => Assert.Equal(7, id.Version));
        Assert.All(ids, id => Assert.Equal(0b10, id.Variant >> 2));

        // The first 48 bits, as SQLite's upper-case text and PostgreSQL's uuid order them, are the Unix milliseconds.
        Assert.All(ids, id => Assert.InRange(Convert.ToInt64(id.ToString("N")[..12], 16), before, after));
    }
}

