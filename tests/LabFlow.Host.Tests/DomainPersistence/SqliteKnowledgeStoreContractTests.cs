using LabFlow.Host.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;

namespace LabFlow.Host.Tests.DomainPersistence;

public sealed class SqliteKnowledgeStoreContractTests : KnowledgeStoreContractTests
{
    protected override string Provider => DatabaseProviders.Sqlite;

    [Fact]
    public async Task Migrate_CreatesTheFullTextIndex_WhenTheDatabaseIsNew()
    {
        // Arrange: the test's database was created by the real migrations and nothing has searched or indexed yet.
        const string Query = "SELECT sql AS Value FROM sqlite_master WHERE type = 'table' AND name = 'KnowledgeSearch'";

        // Act
        var created = await InScopeAsync<LabFlowDbContext, List<string>>(db => db.Database.SqlQueryRaw<string>(Query).ToListAsync(Token));

        // Assert
        Assert.Contains("USING fts5(EntryId UNINDEXED, Stems", Assert.Single(created), StringComparison.Ordinal);
    }
}
