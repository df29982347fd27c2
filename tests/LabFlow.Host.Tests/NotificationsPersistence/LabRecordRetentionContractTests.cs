using System.Text.Json.Nodes;
using LabFlow.Activities.Collections;
using LabFlow.Activities.Email;
using LabFlow.Activities.Notifications;
using LabFlow.Host.Infrastructure.Persistence;
using LabFlow.Host.Tests.DomainPersistence;
using LabFlow.Host.Tests.TestInfrastructure;
using LabFlow.Workflows.Definitions;
using LabFlow.Workflows.Execution;
using LabFlow.Workflows.Persistence;

namespace LabFlow.Host.Tests.NotificationsPersistence;

/// <summary>The database retention of email rows and idea submissions, on every provider.</summary>
public abstract class LabRecordRetentionContractTests : DomainStoreTestBase
{
    private static readonly Guid Lab = Guid.Parse("50000000-0000-0000-0000-000000000001");
    private static readonly Guid OtherLab = Guid.Parse("50000000-0000-0000-0000-000000000002");
    private static readonly DateTimeOffset Now = LabFlowTestNode.StartTime;

    [DatabaseFact]
    public async Task BlankSentEmailsAsync_BlanksOnlyTheLabsSentRows_OnceAndKeepsThemAsSent()
    {
        var sent = Email(Lab, EmailStatus.Sent);
        var pending = Email(Lab, EmailStatus.Pending);
        var other = Email(OtherLab, EmailStatus.Sent);
        await InScopeAsync<IEmailStore, int>(s => s.AddAsync([sent, pending, other], Token));

        var first = await InScopeAsync<ILabRecordRetention, int>(r => r.BlankSentEmailsAsync(Lab, Token));
        var second = await InScopeAsync<ILabRecordRetention, int>(r => r.BlankSentEmailsAsync(Lab, Token));
        var readded = await InScopeAsync<IEmailStore, int>(s => s.AddAsync([sent], Token));

        Assert.Equal((1, 0, 0), (first, second, readded));
        var blanked = await FindAsync(sent.Id);
        Assert.Equal(
            sent with
            {
                RecipientAddress = string.Empty,
                RecipientName = string.Empty,
                Subject = string.Empty,
                HtmlBody = string.Empty,
                TextBody = string.Empty,
                ModelJson = "{}",
                Attachments = blanked.Attachments,
            },
            blanked);
        Assert.Empty(blanked.Attachments);
        Assert.Equal("kim@goteborg.example", (await FindAsync(pending.Id)).RecipientAddress);
        Assert.Equal("kim@goteborg.example", (await FindAsync(other.Id)).RecipientAddress);
    }

    [DatabaseFact]
    public async Task ClearIdeaSubmissionsAsync_ClearsOnlyTheLabsIdeasAnswers_OnceAndKeepsTheIdeas()
    {
        var ideas = await OpenCollectionAsync(Lab);
        var others = await OpenCollectionAsync(OtherLab);
        var mine = new[] { Idea(ideas, "Mentorskap"), Idea(ideas, "Öppna intervjuer"), Idea(others, "Anonyma ansökningar") };
        foreach (var idea in mine)
        {
            await InScopeAsync<ICollectionCommands>(c => c.AddSubmissionAsync(idea, Token));
        }

        var first = await InScopeAsync<ILabRecordRetention, int>(r => r.ClearIdeaSubmissionsAsync(Lab, Token));
        var second = await InScopeAsync<ILabRecordRetention, int>(r => r.ClearIdeaSubmissionsAsync(Lab, Token));

        Assert.Equal((2, 0), (first, second));
        var cleared = await InScopeAsync<ICollectionStore, IReadOnlyList<IdeaSubmission>>(s => s.ListSubmissionsAsync(ideas, Token));
        Assert.Equal([mine[0].Id, mine[1].Id], cleared.Select(i => i.Id));
        Assert.All(cleared, i => Assert.Empty(i.Answers));
        var kept = Assert.Single(await InScopeAsync<ICollectionStore, IReadOnlyList<IdeaSubmission>>(s => s.ListSubmissionsAsync(others, Token)));
        Assert.Equal("Anonyma ansökningar", kept.Answers["title"]!.GetValue<string>());
    }

    private Task<EmailMessage> FindAsync(Guid id) =>
        InScopeAsync<IEmailStore, EmailMessage>(async s => (await s.FindAsync(id, Token))!);

    private async Task<Guid> OpenCollectionAsync(Guid labId)
    {
        var collection = new LabCollection(
            Guid.NewGuid(), labId, "ideas", Guid.NewGuid(), CollectionKind.Ideas, LocalizedText.Of("Idéer", "Ideas"), [], null,
            Now.AddDays(7), [new JsonObject { ["key"] = "title", ["type"] = "Text", ["label"] = "Rubrik" }], null, 3, false, Now);
        var instance = new WorkflowInstance
        {
            Id = labId,
            DefinitionId = "lab",
            DefinitionVersion = 1,
            Status = WorkflowStatus.Suspended,
            ConcurrencyToken = 1,
            CreatedAt = Now,
            UpdatedAt = Now,
            State = new WorkflowState(),
        };
        await InScopeAsync<IWorkflowCommitStore>(s => s.CommitAsync(
            new WorkflowCommit(instance, null, [], [], [], [new CollectionOpened(Guid.NewGuid(), collection)]), Token));
        return collection.Id;
    }

    private static IdeaSubmission Idea(Guid collectionId, string title) =>
        new(Guid.NewGuid(), collectionId, Guid.NewGuid(), new JsonObject { ["title"] = title }, Now);

    private static EmailMessage Email(Guid labId, EmailStatus status) => new()
    {
        Id = Guid.NewGuid(),
        RequestId = Guid.NewGuid(),
        InstanceId = labId,
        TaskId = Guid.NewGuid(),
        RecipientAddress = "kim@goteborg.example",
        RecipientName = "Kim Samordnare",
        RecipientPersonId = Guid.NewGuid(),
        Culture = "sv",
        Template = EmailTemplates.TaskAssigned,
        ModelJson = """{"taskTitle":"Rapportera intervjuer"}""",
        Subject = "Ny uppgift: Rapportera intervjuer",
        HtmlBody = "<p>Hej Kim</p>",
        TextBody = "Hej Kim",
        Attachments = [new EmailAttachment("deadline.ics", "text/calendar", [1, 2, 3])],
        MessageId = $"{Guid.NewGuid():N}@labflow.goteborg.example",
        Status = status,
        NextAttemptAt = Now,
        CreatedAt = Now,
        SentAt = status == EmailStatus.Sent ? Now : null,
    };
}

public sealed class SqliteLabRecordRetentionContractTests : LabRecordRetentionContractTests
{
    protected override string Provider => DatabaseProviders.Sqlite;
}

public sealed class PostgreSqlLabRecordRetentionContractTests : LabRecordRetentionContractTests, IPostgreSqlTests
{
    protected override string Provider => DatabaseProviders.PostgreSql;
}
