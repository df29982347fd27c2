namespace LabFlow.Host.Infrastructure.Persistence.StartupSteps;

/// <summary>
/// Work the database needs once, after the migrations, that a migration cannot do (it needs .NET code, such as
/// parsing JSON or computing a Swedish sort key). <see cref="RunAsync"/> must be idempotent: two nodes starting
/// together may both run it, and a step stopped half-way runs again from the start.
/// </summary>
/// <param name="Name">Stable identity of the step in <c>CompletedStartupSteps</c>; a changed step takes a new name.</param>
internal sealed record StartupStep(string Name, Func<LabFlowDbContext, CancellationToken, Task> RunAsync);
