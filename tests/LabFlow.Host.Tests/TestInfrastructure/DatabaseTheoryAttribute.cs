using Xunit.Sdk;

namespace LabFlow.Host.Tests.TestInfrastructure;

/// <summary>
/// A theory that runs against a database: like <see cref="DatabaseFactAttribute"/>, in a class marked
/// <see cref="IPostgreSqlTests"/> it is skipped when no PostgreSQL server is configured outside CI.
/// </summary>
[AttributeUsage(AttributeTargets.Method)]
[XunitTestCaseDiscoverer("LabFlow.Host.Tests.TestInfrastructure.DatabaseTheoryDiscoverer", "LabFlow.Host.Tests")]
public sealed class DatabaseTheoryAttribute : TheoryAttribute;
