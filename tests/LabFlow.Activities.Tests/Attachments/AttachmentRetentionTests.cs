using System.Text.Json.Nodes;
using LabFlow.Activities.Attachments;
using LabFlow.Activities.Notifications;
using LabFlow.Activities.Tasks;
using LabFlow.Activities.Tests.Notifications;

namespace LabFlow.Activities.Tests.Attachments;

/// <summary>Files are answers: retention removes a finished lab's files with its other answers.</summary>
public sealed class AttachmentRetentionTests
{
    private static readonly TimeSpan Period = TimeSpan.FromDays(365);

    [Fact]
    public async Task ClearAsync_RemovesTheLabsFiles_WhenTheLabFinishedBeforeThePeriod()
    {
        await using var host = new NotificationTestHost();
        var lab = await host.LaunchAsync("""
            "title": "Foto av prototypen",
            "assignee": { "person": "kim@example.se" },
            "form": [ { "key": "photo", "type": "File", "label": "Foto", "required": true } ]
            """);
        var task = await host.TaskAsync(lab.Id);
        var file = await host.Get<AttachmentService>().UploadForTaskAsync(task.Id, "photo", "prototyp.jpg", new MemoryStream(SampleFiles.Jpeg), NotificationTestHost.Kim.Id, host.Token);
        var completed = await host.Tasks.CompleteAsync(task.Id, NotificationTestHost.Kim.Id, null, new JsonObject { ["photo"] = file.Id.ToString() }, host.Token);
        host.Time.Advance(Period + TimeSpan.FromDays(1));

        var run = await host.Get<RetentionService>().ClearAsync(Period, host.Token);

        Assert.Equal(TaskCompletionStatus.Completed, completed.Status);
        Assert.Equal(1, run.AttachmentsRemoved);
        Assert.Null(await host.Get<IAttachmentStore>().FindAsync(file.Id, host.Token));
    }
}
