using LabFlow.Host.Infrastructure.Persistence;

namespace LabFlow.Host.Tests.DomainPersistence;

public sealed class SqliteStandInContractTests : StandInContractTests
{
    protected override string Provider => DatabaseProviders.Sqlite;
}
