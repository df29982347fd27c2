namespace LabFlow.Host.Tests.TestInfrastructure;

/// <summary>
/// Marks a test class that needs PostgreSQL: its <see cref="DatabaseFactAttribute"/> tests are skipped when no server
/// is configured outside CI, and fail under <c>CI=true</c>.
/// </summary>
public interface IPostgreSqlTests;
