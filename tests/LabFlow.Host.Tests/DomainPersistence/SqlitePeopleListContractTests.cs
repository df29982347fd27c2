using LabFlow.Host.Infrastructure.Persistence;

namespace LabFlow.Host.Tests.DomainPersistence;

public sealed class SqlitePeopleListContractTests : PeopleListContractTests
{
    protected override string Provider => DatabaseProviders.Sqlite;
}
