using LabFlow.Activities.Knowledge;
using LabFlow.Host.Tests.TestInfrastructure;

namespace LabFlow.Host.Tests.DomainPersistence;

/// <summary>
/// The knowledge bank's Swedish full-text search (EfCoreKnowledgeStore) on every provider: PostgreSQL's
/// <c>swedish</c> configuration, SQLite's FTS5 over Snowball stems made in C#. Inflected forms find each other,
/// filters combine, and an entry that is not published is never found.
/// </summary>
public abstract class KnowledgeStoreContractTests : DomainStoreTestBase
{
    private static readonly DateTimeOffset At = new(2026, 6, 1, 6, 0, 0, TimeSpan.Zero);

    [DatabaseTheory]
    [InlineData("förskolan")]
    [InlineData("förskola")]
    [InlineData("barnens")]
    [InlineData("idéerna")]
    [InlineData("Förskolans barn")]
    public async Task SearchAsync_FindsTheEntry_WhenTheQueryIsAnotherInflectedForm(string query)
    {
        // Arrange
        var entry = Entry("Förskolor i nordost", "Vi lyssnade på barn och samlade en idé om öppna dörrar.");
        await AddAsync(entry);
        await AddAsync(Entry("Rekrytering", "Annonserna skrevs om med enklare språk."));

        // Act
        var found = await SearchAsync(new KnowledgeSearchQuery(query));

        // Assert
        Assert.Equal(entry.Id, Assert.Single(found).Id);
    }

    [DatabaseFact]
    public async Task SearchAsync_NeedsEveryWord_WhenSeveralAreGiven()
    {
        // Arrange
        await AddAsync(Entry("Förskolor i nordost", "Barnen ritade sina önskemål."));

        // Act
        var both = await SearchAsync(new KnowledgeSearchQuery("förskolan barnens"));
        var oneMissing = await SearchAsync(new KnowledgeSearchQuery("förskolan rekrytering"));
        var anyWord = await SearchAsync(new KnowledgeSearchQuery("förskolan rekrytering", AnyWord: true));

        // Assert
        Assert.Single(both);
        Assert.Empty(oneMissing);
        Assert.Single(anyWord);
    }

    [DatabaseFact]
    public async Task SearchAsync_AppliesEveryFilter_WhenFiltersCombine()
    {
        // Arrange
        var wanted = Entry("Förskolor och språk", "Barnens språk", targetAreas: ["goodStart"], grounds: ["ethnicity"], administration: "forskoleforvaltningen", phase: "explore", year: 2026);
        await AddAsync(wanted);
        await AddAsync(wanted with { Id = Guid.NewGuid(), TargetAreas = ["work"] });
        await AddAsync(wanted with { Id = Guid.NewGuid(), Grounds = ["age"] });
        await AddAsync(wanted with { Id = Guid.NewGuid(), AdministrationId = "grundskoleforvaltningen" });
        await AddAsync(wanted with { Id = Guid.NewGuid(), Phase = "ideate" });
        await AddAsync(wanted with { Id = Guid.NewGuid(), Year = 2025 });
        await AddAsync(wanted with { Id = Guid.NewGuid(), Kind = KnowledgeKind.Decision });

        // Act
        var found = await SearchAsync(new KnowledgeSearchQuery("förskolan", "goodStart", "ethnicity", "forskoleforvaltningen", "explore", 2026, KnowledgeKind.Insight));
        var byAreaOnly = await SearchAsync(new KnowledgeSearchQuery(TargetArea: "goodStart"));

        // Assert
        Assert.Equal(wanted.Id, Assert.Single(found).Id);
        Assert.Equal(6, byAreaOnly.Count);
    }

    [DatabaseFact]
    public async Task SearchAsync_NeverFindsTheEntry_WhenItIsADraftOrWithdrawn()
    {
        // Arrange
        var draft = Entry("Förskolor utkast", "Barn", published: false);
        var withdrawn = Entry("Förskolor tillbakadragen", "Barn");
        await AddAsync(draft);
        await AddAsync(withdrawn);

        // Act
        await InScopeAsync<IKnowledgeStore>(s => s.UpdateAsync(withdrawn with { PublishedAt = null, PublishedBy = null }, Token));
        var byText = await SearchAsync(new KnowledgeSearchQuery("förskolor"));
        var all = await SearchAsync(new KnowledgeSearchQuery());
        var ofLab = await InScopeAsync<IKnowledgeStore, IReadOnlyList<KnowledgeEntry>>(s => s.ListByLabAsync(draft.LabId, Token));

        // Assert
        Assert.Empty(byText);
        Assert.Empty(all);
        Assert.Equal(2, ofLab.Count);
    }

    [DatabaseTheory]
    [InlineData("förskolan och barnen", 1)]
    [InlineData("vara förskolan", 1)]
    [InlineData("hur kan vi", 2)]
    public async Task SearchAsync_GivesTheSameHitsOnEveryDatabase_WhenTheQueryHoldsSwedishStopWords(string query, int expected)
    {
        // Arrange: neither text holds "och", "vara", "hur", "kan" or "vi"; PostgreSQL's swedish configuration drops
        // them as stop words, so SQLite must too ("hur kan vi" is then no text at all: every entry, newest first).
        var entry = Entry("Förskolor i nordost", "Barnen ritade sina önskemål.");
        await AddAsync(entry);
        await AddAsync(Entry("Rekrytering", "Annonserna skrevs om med enklare språk."));

        // Act
        var found = await SearchAsync(new KnowledgeSearchQuery(query));

        // Assert
        Assert.Equal(expected, found.Count);
        Assert.Contains(entry.Id, found.Select(e => e.Id));
    }

    [DatabaseFact]
    public async Task UpdateAsync_FindsTheNewText_WhenAnEntryIsPublishedAfterAnEdit()
    {
        // Arrange
        var entry = Entry("Utkast", "Gammal text", published: false);
        await AddAsync(entry);

        // Act
        await InScopeAsync<IKnowledgeStore>(s => s.UpdateAsync(entry with { Text = "Medarbetarna ville ha kortare möten", PublishedAt = At, PublishedBy = entry.CreatedBy }, Token));
        var found = await SearchAsync(new KnowledgeSearchQuery("medarbetare möte"));
        var old = await SearchAsync(new KnowledgeSearchQuery("gammal"));

        // Assert
        Assert.Equal("Medarbetarna ville ha kortare möten", Assert.Single(found).Text);
        Assert.Empty(old);
    }

    private static KnowledgeEntry Entry(
        string title,
        string text,
        bool published = true,
        IReadOnlyList<string>? targetAreas = null,
        IReadOnlyList<string>? grounds = null,
        string administration = "forskoleforvaltningen",
        string? phase = "explore",
        int year = 2026)
    {
        var author = Guid.NewGuid();
        return new KnowledgeEntry(
            Guid.NewGuid(), Guid.Parse("60000000-0000-0000-0000-000000000001"), administration, KnowledgeKind.Insight, title, text, null, null, false, phase, year,
            targetAreas ?? ["goodStart"], grounds ?? [], author, At, published ? At : null, published ? author : null);
    }

    private Task AddAsync(KnowledgeEntry entry) => InScopeAsync<IKnowledgeStore>(s => s.AddAsync(entry, Token));

    private Task<IReadOnlyList<KnowledgeEntry>> SearchAsync(KnowledgeSearchQuery query) =>
        InScopeAsync<IKnowledgeStore, IReadOnlyList<KnowledgeEntry>>(s => s.SearchAsync(query, KnowledgeLimits.Results, Token));
}
