using LabFlow.Host.Infrastructure.Persistence;

namespace LabFlow.Host.Tests.DomainPersistence;

public sealed class SqliteLabJournalReaderContractTests : LabJournalReaderContractTests
{
    protected override string Provider => DatabaseProviders.Sqlite;
}
