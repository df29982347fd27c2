using LabFlow.Activities.Email;
using LabFlow.Host.Infrastructure.Persistence;
using LabFlow.Host.Infrastructure.Persistence.Domain.Email;
using LabFlow.Host.Tests.Ui;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace LabFlow.Host.Tests.Email;

/// <summary>
/// A burst's email rows are written in its own transaction (issue 17): they exist as soon as the burst has committed,
/// and the email request's outbox row is written dispatched, so no sweep or later update hands it on again.
/// </summary>
public sealed class BurstEmailRowsTests(FlowKindPagesTests.Fixture fixture) : IClassFixture<FlowKindPagesTests.Fixture>
{
    [Fact]
    public async Task LaunchAsync_CommitsTheEmailRowsWithTheBurst_WhenATaskIsAssigned()
    {
        // Arrange
        var (coordinator, _, labId, _) = await fixture.LaunchAsync("lab");

        // Act
        var (emails, outbox) = await fixture.Factory.InScopeAsync(async services =>
        {
            var db = services.GetRequiredService<LabFlowDbContext>();
            var emails = await db.Set<EmailRow>().AsNoTracking().Where(e => e.InstanceId == labId).ToListAsync();
            var outbox = await db.Outbox.AsNoTracking().Where(o => o.InstanceId == labId).ToListAsync();
            return (emails, outbox);
        });

        // Assert
        var assigned = Assert.Single(emails, e => e.Template == EmailTemplates.TaskAssigned && e.RecipientPersonId == coordinator.Id);
        var request = Assert.Single(outbox, o => o.EffectId == assigned.RequestId);
        Assert.Equal(request.CreatedAt, request.DispatchedAt);
        Assert.Equal(1, request.Attempts);
        Assert.All(outbox, o => Assert.NotNull(o.DispatchedAt));
    }
}
