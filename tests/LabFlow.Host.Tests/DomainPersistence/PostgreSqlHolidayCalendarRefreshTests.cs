using LabFlow.Activities.Organisation;
using LabFlow.Activities.Time;
using LabFlow.Host.Infrastructure.Persistence;
using LabFlow.Host.Infrastructure.Persistence.Domain.Organisation;
using LabFlow.Host.Tests.TestInfrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace LabFlow.Host.Tests.DomainPersistence;

/// <summary>
/// Two nodes on one PostgreSQL database: a holiday period an administrator adds on node A moves due dates on node B
/// too, without a restart, because node B hears the change (LISTEN/NOTIFY) and reads the calendar again.
/// </summary>
public sealed class PostgreSqlHolidayCalendarRefreshTests : DomainStoreTestBase, IPostgreSqlTests
{
    private static readonly TimeSpan Wait = TimeSpan.FromSeconds(15);
    private static readonly Guid Admin = Guid.Parse("30000000-0000-0000-0000-000000000001");

    protected override string Provider => DatabaseProviders.PostgreSql;

    [DatabaseFact]
    public async Task SaveAsync_MovesDueDatesOnAnotherNode_WhenBothShareOnePostgreSqlDatabase()
    {
        // Arrange
        await using var nodeA = CreateNode(services => services.AddSingleton<IOrganisationRoles>(new AdminRoles(Admin)));
        await using var nodeB = CreateNode();
        var notifierA = nodeA.Get<PostgreSqlHolidayCalendarNotifier>();
        var notifierB = nodeB.Get<PostgreSqlHolidayCalendarNotifier>();
        await notifierA.StartAsync(Token);
        await notifierB.StartAsync(Token);
        await Task.WhenAll(notifierA.Listening, notifierB.Listening).WaitAsync(Wait, Token);
        var heardOnB = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        nodeB.Get<HolidayPeriods>().Replaced += periods =>
        {
            if (periods.Any(p => p.Name == "Sommaruppehåll"))
            {
                heardOnB.TrySetResult();
            }
        };
        var july = new DateOnly(2026, 7, 15);
        Assert.Equal(july, nodeB.Get<LabCalendar>().DueDate(july));

        // Act
        await nodeA.InScopeAsync(sp => sp.GetRequiredService<HolidayCalendarService>()
            .SaveAsync(Admin, null, "Sommaruppehåll", new DateOnly(2026, 7, 6), new DateOnly(2026, 8, 2), Token));
        await heardOnB.Task.WaitAsync(Wait, Token);
        await notifierA.StopAsync(Token);
        await notifierB.StopAsync(Token);

        // Assert: Monday 3 August is the first working day after the period.
        Assert.Equal(new DateOnly(2026, 8, 3), nodeB.Get<LabCalendar>().DueDate(july));
    }

    private sealed class AdminRoles(Guid admin) : IOrganisationRoles
    {
        public Task<IReadOnlyList<Role>> ListAsync(Guid personId, CancellationToken cancellationToken) =>
            Task.FromResult<IReadOnlyList<Role>>(personId == admin ? [Role.Admin] : []);
    }
}
