using LabFlow.Host.Infrastructure.Persistence;
using LabFlow.Host.Tests.TestInfrastructure;

namespace LabFlow.Host.Tests.DomainPersistence;

public sealed class PostgreSqlLabJournalReaderContractTests : LabJournalReaderContractTests, IPostgreSqlTests
{
    protected override string Provider => DatabaseProviders.PostgreSql;
}
