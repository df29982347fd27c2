using LabFlow.Host.Infrastructure.Persistence;

namespace LabFlow.Host.Tests.Persistence;

public sealed class SqliteLaunchCrashTests : LaunchCrashTests
{
    protected override string Provider => DatabaseProviders.Sqlite;
}
