using System.Text.Json.Nodes;
using LabFlow.Activities.Email;
using LabFlow.Host.Infrastructure.Persistence;
using LabFlow.Host.Infrastructure.Persistence.Domain.Email;
using LabFlow.Host.Tests.Ui;
using LabFlow.Workflows.Execution;
using LabFlow.Workflows.Persistence;
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

    [Fact]
    public async Task CommitAsync_CommitsTheBurstAndLeavesTheRequestToTheSweep_WhenItsEmailCannotBeRendered()
    {
        // Arrange: a request whose template does not exist, so rendering throws inside the burst's transaction.
        var now = DateTimeOffset.UtcNow;
        var instance = new WorkflowInstance
        {
            Id = Guid.NewGuid(), DefinitionId = "broken-email", DefinitionVersion = 1, Status = WorkflowStatus.Suspended, ConcurrencyToken = 1,
            CreatedAt = now, UpdatedAt = now, State = new WorkflowState(),
        };
        var request = new EmailRequested(
            Guid.NewGuid(), null, null, "no-such-template", [new EmailRecipient(null, "kim@example.se", "Kim", "sv")], new JsonObject());

        // Act
        await fixture.Factory.InScopeAsync(async services =>
        {
            await services.GetRequiredService<IWorkflowCommitStore>().CommitAsync(new WorkflowCommit(instance, null, [], [], [], [request]), CancellationToken.None);
            return true;
        });

        // Assert: the instance is there, no email row was written, and the request's outbox row waits undispatched.
        var (stored, emails, outbox) = await fixture.Factory.InScopeAsync(async services =>
        {
            var db = services.GetRequiredService<LabFlowDbContext>();
            return (
                await db.Instances.AsNoTracking().AnyAsync(i => i.Id == instance.Id),
                await db.Set<EmailRow>().AsNoTracking().CountAsync(e => e.RequestId == request.Id),
                await db.Outbox.AsNoTracking().SingleAsync(o => o.EffectId == request.Id));
        });
        Assert.True(stored);
        Assert.Equal(0, emails);
        Assert.Null(outbox.DispatchedAt);
    }
}
