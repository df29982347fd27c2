using LabFlow.Activities.Collections;
using Microsoft.Extensions.DependencyInjection;

namespace LabFlow.Host.Tests.ApiResources;

/// <summary>
/// One lab of the matrix: its coordinator task (form with <c>note</c>), its communicator candidate-group task, its
/// idea collection, its faulted step's incident, and a bystander person for the organisation endpoints.
/// </summary>
public sealed class MatrixScenario(
    AuthorizationMatrixFixture fixture,
    Guid labId,
    Guid reportTaskId,
    Guid announceTaskId,
    Guid ideasId,
    Guid ideasBeforeVoteId,
    Guid incidentId,
    Guid bystanderId)
{
    private (Guid VoteId, Guid IdeaId)? _vote;
    private (Guid First, Guid Second)? _ideas;
    private bool _dotPlaced;
    private bool _paused;
    private Guid? _attachment;

    public AuthorizationMatrixFixture Fixture => fixture;

    public Guid LabId => labId;

    public Guid ReportTaskId => reportTaskId;

    public Guid AnnounceTaskId => announceTaskId;

    public Guid IdeasId => ideasId;

    public Guid IncidentId => incidentId;

    public Guid BystanderId => bystanderId;

    /// <summary>The version of the report task as stored now (what GET's ETag says).</summary>
    public Task<long> ReportTaskVersionAsync() =>
        fixture.Factory.InScopeAsync(async services =>
            (await services.GetRequiredService<LabFlow.Activities.Tasks.ITaskStore>().FindAsync(reportTaskId, CancellationToken.None))!.Version);

    /// <summary>The version of the lab as stored now (what GET's ETag says).</summary>
    public Task<long> LabVersionAsync() =>
        fixture.Factory.InScopeAsync(async services =>
            (await services.GetRequiredService<LabFlow.Activities.Labs.ILabStore>().FindAsync(labId, CancellationToken.None))!.Version);

    /// <summary>Pauses the lab once (as its facilitator), so that resuming it has something to do.</summary>
    public async Task PauseAsync()
    {
        if (!_paused)
        {
            await fixture.Factory.InScopeAsync(services =>
                services.GetRequiredService<LabFlow.Activities.Labs.LabService>().PauseAsync(labId, fixture.Person("Facilitator").Id, CancellationToken.None));
            _paused = true;
        }
    }

    /// <summary>The dot vote, opened by submitting an idea to the collection before it and closing that collection.</summary>
    public async Task<(Guid VoteId, Guid IdeaId)> VoteAsync()
    {
        _vote ??= await fixture.Factory.InScopeAsync(async services =>
        {
            var service = services.GetRequiredService<CollectionService>();
            var idea = await service.SubmitAsync(ideasBeforeVoteId, fixture.Person("Participant").Id, new() { ["idea"] = "Fika för alla" }, CancellationToken.None);
            await service.CloseAsync(ideasBeforeVoteId, fixture.Person("Facilitator").Id, CancellationToken.None);
            var vote = await services.GetRequiredService<ICollectionStore>().FindByActivityAsync(labId, "vote", CancellationToken.None);
            return (vote!.Id, idea.Submission!.Id);
        });
        return _vote.Value;
    }

    /// <summary>Two ideas of the participant on the open idea collection, for the facilitator's board commands.</summary>
    public async Task<(Guid First, Guid Second)> IdeasAsync()
    {
        _ideas ??= await fixture.Factory.InScopeAsync(async services =>
        {
            var service = services.GetRequiredService<CollectionService>();
            var first = await service.SubmitAsync(ideasId, fixture.Person("Participant").Id, new() { ["idea"] = "Gemensam lunch" }, CancellationToken.None);
            var second = await service.SubmitAsync(ideasId, fixture.Person("Participant").Id, new() { ["idea"] = "Lunch tillsammans" }, CancellationToken.None);
            return (first.Submission!.Id, second.Submission!.Id);
        });
        return _ideas.Value;
    }

    /// <summary>
    /// A picture the coordinator uploaded to the report task and answered it with (the task is then done), so that
    /// reading the file follows the read rule of the step's answers.
    /// </summary>
    public async Task<Guid> AttachmentAsync()
    {
        _attachment ??= await fixture.Factory.InScopeAsync(async services =>
        {
            var coordinator = fixture.Person("Coordinator").Id;
            var file = await services.GetRequiredService<LabFlow.Activities.Attachments.AttachmentService>().UploadForTaskAsync(
                reportTaskId, "photo", "tavla.png", new MemoryStream(Attachments.TestPictures.Png()), coordinator, CancellationToken.None);
            await services.GetRequiredService<LabFlow.Activities.Tasks.TaskService>().CompleteAsync(
                reportTaskId, coordinator, null, new() { ["note"] = "Klart", ["photo"] = file.Id.ToString() }, CancellationToken.None);
            return file.Id;
        });
        return _attachment.Value;
    }

    /// <summary>The vote with one dot of the participant on its idea, so that moving a dot has something to move.</summary>
    public async Task<(Guid VoteId, Guid IdeaId)> DotAsync()
    {
        var (vote, idea) = await VoteAsync();
        if (!_dotPlaced)
        {
            await fixture.Factory.InScopeAsync(async services =>
            {
                await services.GetRequiredService<CollectionService>().VoteAsync(vote, fixture.Person("Participant").Id, [idea], CancellationToken.None);
                return true;
            });
            _dotPlaced = true;
        }

        return (vote, idea);
    }
}
