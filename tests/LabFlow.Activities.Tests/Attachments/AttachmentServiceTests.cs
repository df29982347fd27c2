using System.Text;
using LabFlow.Activities.Attachments;
using LabFlow.Activities.Collections;
using LabFlow.Activities.Forms;
using LabFlow.Activities.Labs;
using LabFlow.Activities.Tasks;
using LabFlow.Activities.Tests.TestSupport;

namespace LabFlow.Activities.Tests.Attachments;

/// <summary>Uploading files to File fields: what is refused (and not stored), and who reads a file.</summary>
public sealed class AttachmentServiceTests
{
    private static readonly Guid Facilitator = LabTestHost.Facilitator.Id;

    /// <summary>The task's doer (the step is for the coordinators; the first takes it).</summary>
    private static readonly Guid Doer = LabTestHost.Coordinator1.Id;

    public static TheoryData<string, string, string> RefusedFiles => new()
    {
        { "kamera.jpg", nameof(SampleFiles.Executable), "The file 'kamera.jpg' is not a kind of file LabFlow takes: its content is not a picture (JPEG, PNG, WebP, GIF), a PDF or an Office document (docx, xlsx, pptx), whatever its name says. Save it as one of these and upload it again." },
        { "logga.png", nameof(SampleFiles.Svg), "The file 'logga.png' is not a kind of file LabFlow takes: its content is not a picture (JPEG, PNG, WebP, GIF), a PDF or an Office document (docx, xlsx, pptx), whatever its name says. Save it as one of these and upload it again." },
        { "sida.png", nameof(SampleFiles.Html), "The file 'sida.png' is not a kind of file LabFlow takes: its content is not a picture (JPEG, PNG, WebP, GIF), a PDF or an Office document (docx, xlsx, pptx), whatever its name says. Save it as one of these and upload it again." },
        { "rapport.docx", nameof(SampleFiles.PlainZip), "The file 'rapport.docx' is a ZIP archive but not a Word, Excel or PowerPoint document. Upload the document itself (saved as .docx, .xlsx or .pptx), not a packed folder." },
        { "IMG_0042.HEIC", nameof(SampleFiles.Heic), "The picture 'IMG_0042.HEIC' is in the HEIC format, which browsers cannot show. Send it as JPEG: on an iPhone, choose Settings → Camera → Formats → Most Compatible, or share the picture as JPEG (in Photos: Share → Options → Most Compatible), and upload it again." },
    };

    [Theory]
    [MemberData(nameof(RefusedFiles))]
    public async Task UploadForTaskAsync_RefusesNamingTheFileAndStoresNothing_WhenTheContentIsNotAllowed(string name, string sample, string expected)
    {
        await using var host = new LabTestHost();
        var task = await TaskWithFileFieldAsync(host);

        var refused = await Assert.ThrowsAsync<LabDomainException>(() => UploadAsync(host, task, name, Sample(sample)));

        Assert.Equal((LabErrors.Invalid, expected), (refused.Code, Assert.Single(refused.FieldErrors!["file"])));
        Assert.Equal(0, host.Get<InMemoryAttachmentStore>().Count);
    }

    [Fact]
    public async Task UploadForTaskAsync_RefusesWithTheLimit_WhenTheFileIsLargerThanTheSetting()
    {
        await using var host = new LabTestHost();
        var task = await TaskWithFileFieldAsync(host);
        byte[] large = [.. SampleFiles.Jpeg, .. new byte[AttachmentOptions.DefaultMaxBytes]];

        var refused = await Assert.ThrowsAsync<LabDomainException>(() => UploadAsync(host, task, "stor.jpg", large));

        Assert.Equal(
            "The file 'stor.jpg' is larger than 10 MB, the most LabFlow takes. Make it smaller (scale the picture down or save the document without embedded pictures) and upload it again.",
            Assert.Single(refused.FieldErrors!["file"]));
        Assert.Equal(0, host.Get<InMemoryAttachmentStore>().Count);
    }

    [Fact]
    public async Task CompleteAsync_KeepsTheFileAndLetsReadersOpenIt_WhenTheAnswerNamesAnUploadedFile()
    {
        await using var host = new LabTestHost();
        var task = await TaskWithFileFieldAsync(host);
        var uploaded = await UploadAsync(host, task, "C:\\bilder\\whiteboard.PDF", SampleFiles.Pdf);
        var beforeCompleted = await Assert.ThrowsAsync<LabDomainException>(() => host.Get<AttachmentService>().OpenAsync(uploaded.Id, Facilitator, host.Token));

        var result = await host.Tasks.CompleteAsync(task.Id, Doer, null, LabTestHost.Answers($$"""{ "photo": "{{uploaded.Id}}" }"""), host.Token);
        var opened = await host.Get<AttachmentService>().OpenAsync(uploaded.Id, Facilitator, host.Token);
        var otherAdministration = await Assert.ThrowsAsync<LabDomainException>(() => host.Get<AttachmentService>().OpenAsync(uploaded.Id, LabTestHost.OtherCoordinator.Id, host.Token));

        Assert.Equal((LabErrors.Forbidden, TaskCompletionStatus.Completed), (beforeCompleted.Code, result.Status));
        Assert.Equal(("whiteboard.pdf", "application/pdf", Convert.ToHexString(SampleFiles.Pdf)), (opened.FileName, opened.ContentType, Convert.ToHexString(opened.Content)));
        Assert.Equal(LabErrors.Forbidden, otherAdministration.Code);
    }

    [Fact]
    public async Task CompleteAsync_RefusesTheAnswer_WhenItNamesAFileNotUploadedToTheTask()
    {
        await using var host = new LabTestHost();
        var task = await TaskWithFileFieldAsync(host);

        var result = await host.Tasks.CompleteAsync(task.Id, Doer, null, LabTestHost.Answers($$"""{ "photo": "{{Guid.NewGuid()}}" }"""), host.Token);

        Assert.Equal(TaskCompletionStatus.Invalid, result.Status);
        Assert.Equal(("photo", FormErrorCodes.UnknownFile), (Assert.Single(result.Errors).Path, result.Errors[0].Code));
    }

    [Fact]
    public async Task UploadForIdeaAsync_ServesUnderANeutralName_WhenTheBoardIsAnonymous()
    {
        await using var host = new LabTestHost();
        var lab = await host.LaunchAsync(BoardFlow);
        var board = await host.Get<ICollectionStore>().FindByActivityAsync(lab.Id, "collect", host.Token) ?? throw new InvalidOperationException("No board.");
        var author = LabTestHost.Participants[0].Id;
        var reader = LabTestHost.Participants[1].Id;
        var uploaded = await host.Get<AttachmentService>().UploadForIdeaAsync(board.Id, "photo", "Annas prototyp.png", new MemoryStream(SampleFiles.Png), author, host.Token);
        var beforeSent = await Assert.ThrowsAsync<LabDomainException>(() => host.Get<AttachmentService>().OpenAsync(uploaded.Id, reader, host.Token));

        var sent = await host.Get<CollectionService>().SubmitAsync(board.Id, author, LabTestHost.Answers($$"""{ "idea": "Pappersprototyp", "photo": "{{uploaded.Id}}" }"""), host.Token);
        var opened = await host.Get<AttachmentService>().OpenAsync(uploaded.Id, reader, host.Token);

        Assert.Equal(LabErrors.Forbidden, beforeSent.Code);
        Assert.Empty(sent.Errors);
        Assert.DoesNotContain("Anna", opened.FileName, StringComparison.Ordinal);
        Assert.Matches("^bild-[0-9a-f]{8}\\.png$", opened.FileName);
    }

    private static async Task<LabTask> TaskWithFileFieldAsync(LabTestHost host)
    {
        var lab = await host.LaunchAsync(LabTestHost.Flow(
            """
            { "id": "prototype", "type": "UserTask",
              "inputs": { "title": "Prototyp", "assignee": { "role": "Coordinator" },
                          "form": [ { "key": "photo", "type": "File", "label": "Foto", "required": true } ] } }
            """,
            """[ { "from": "start", "to": "prototype" } ]"""));
        return await host.OpenTaskAsync(lab.Id, "prototype");
    }

    private static string BoardFlow => LabTestHost.Flow(
        """
        { "id": "collect", "type": "CollectIdeas",
          "inputs": { "title": "Idéer", "closes": { "daysAfterStart": 4 }, "resultVariable": "ideas", "anonymous": true,
                      "form": [ { "key": "idea", "type": "Text", "label": "Idé", "required": true },
                                { "key": "photo", "type": "File", "label": "Foto" } ] } }
        """,
        """[ { "from": "start", "to": "collect" } ]""",
        variables: """[ { "name": "ideas", "type": "List" } ]""");

    private static Task<Attachment> UploadAsync(LabTestHost host, LabTask task, string name, byte[] content) =>
        host.Get<AttachmentService>().UploadForTaskAsync(task.Id, "photo", name, new MemoryStream(content), Doer, host.Token);

    private static byte[] Sample(string name) => (byte[])typeof(SampleFiles).GetProperty(name)!.GetValue(null)!;
}
