using Bunit;
using LabFlow.Activities.Knowledge;
using LabFlow.Host.Components.Pages.Knowledge;

namespace LabFlow.Host.Tests.Components.Knowledge;

/// <summary>A result leads to its lab for readers who see it, and to the lab's Word report only for those who may export it.</summary>
public sealed class KnowledgeHitListTests : BunitContext
{
    private static readonly DateTimeOffset At = new(2026, 6, 1, 6, 0, 0, TimeSpan.Zero);

    [Fact]
    public void Render_LinksTheWordReport_OnlyForAHitTheReaderMayExport()
    {
        // Arrange
        var labId = Guid.Parse("60000000-0000-0000-0000-000000000001");
        var entry = new KnowledgeEntry(Guid.NewGuid(), labId, "grundskoleforvaltningen", KnowledgeKind.Insight, "Utflykter", "Barnen ville ha fler utflykter.", null, null, false, "explore", 2026, [], [], Guid.NewGuid(), At, At, Guid.NewGuid());
        KnowledgeHit[] hits =
        [
            new(entry, entry.Text, labId, "Jämlik förskola", MayOpenReport: true),
            new(entry with { Id = Guid.NewGuid() }, entry.Text, labId, "Jämlik förskola", MayOpenReport: false),
            new(entry with { Id = Guid.NewGuid() }, entry.Text, null, null),
        ];

        // Act
        var list = Render<KnowledgeHitList>(p => p.Add(c => c.Hits, hits).Add(c => c.Id, "hits").Add(c => c.Label, "Sökresultat"));

        // Assert
        var items = list.FindAll("#hits li");
        Assert.Equal($"/api/v1/labs/{labId}/report.docx", Assert.Single(items[0].QuerySelectorAll("a.knowledge-report")).GetAttribute("href"));
        Assert.Empty(items[1].QuerySelectorAll("a.knowledge-report"));
        Assert.Single(items[1].QuerySelectorAll("a"));
        Assert.Empty(items[2].QuerySelectorAll("a"));
    }
}
