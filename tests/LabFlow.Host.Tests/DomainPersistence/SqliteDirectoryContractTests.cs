using LabFlow.Host.Infrastructure.Persistence;

namespace LabFlow.Host.Tests.DomainPersistence;

public sealed class SqliteDirectoryContractTests : DirectoryContractTests
{
    protected override string Provider => DatabaseProviders.Sqlite;
}
