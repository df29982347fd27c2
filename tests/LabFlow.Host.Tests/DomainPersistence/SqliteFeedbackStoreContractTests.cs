using LabFlow.Host.Infrastructure.Persistence;

namespace LabFlow.Host.Tests.DomainPersistence;

public sealed class SqliteFeedbackStoreContractTests : FeedbackStoreContractTests
{
    protected override string Provider => DatabaseProviders.Sqlite;
}
