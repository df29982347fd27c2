using LabFlow.Host.Infrastructure.Persistence;

namespace LabFlow.Host.Tests.DomainPersistence;

public sealed class SqliteLabContractTests : LabContractTests
{
    protected override string Provider => DatabaseProviders.Sqlite;
}
