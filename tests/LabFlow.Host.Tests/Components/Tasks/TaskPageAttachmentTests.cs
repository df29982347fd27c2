using Bunit;
using LabFlow.Activities.Attachments;
using Microsoft.AspNetCore.Components.Forms;
using Microsoft.Extensions.DependencyInjection;

namespace LabFlow.Host.Tests.Components.Tasks;

/// <summary>A File field on the task page: the file uploads through the service at once and becomes the answer.</summary>
public sealed class TaskPageAttachmentTests : TaskPageTestContext
{
    private const string PhotoForm = """
        [ { "key": "photo", "type": "File", "label": { "sv": "Foto av prototypen", "en": "Photo of the prototype" }, "required": true } ]
        """;

    private static readonly byte[] Png = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0x00, 0x00, 0x00, 0x0D, 0x49, 0x48, 0x44, 0x52];

    [Fact]
    public async Task Complete_AnswersWithTheUploadedFile_WhenAPictureIsChosen()
    {
        var task = await AddTaskAsync(PhotoForm);
        var page = RenderAs(Coordinator1, task.Id);

        page.FindComponent<InputFile>().UploadFiles(InputFileContent.CreateFromBinary(Png, "prototyp.png"));
        page.WaitForElement(".lf-attachment-link");
        page.Find("#action-done").Click();

        var completed = await TaskStore.FindAsync(task.Id, Token);
        var fileId = Guid.Parse(completed!.Answers!["photo"]!.GetValue<string>());
        var stored = await Services.GetRequiredService<IAttachmentStore>().FindAsync(fileId, Token);
        Assert.Equal(("prototyp.png", Coordinator1.Id), (stored!.FileName, stored.UploaderId));
    }

    [Fact]
    public async Task Upload_ShowsTheRefusalUnderTheFieldAndStoresNothing_WhenTheFileIsARenamedProgram()
    {
        var task = await AddTaskAsync(PhotoForm);
        var page = RenderAs(Coordinator1, task.Id);

        page.FindComponent<InputFile>().UploadFiles(InputFileContent.CreateFromBinary([0x4D, 0x5A, 0x90, 0x00, 0x03, 0x00], "semester.jpg"));

        var error = page.WaitForElement("#field-photo-error");
        Assert.StartsWith("Filen 'semester.jpg' är inte en filtyp som LabFlow tar emot", error.TextContent, StringComparison.Ordinal);
        Assert.Equal(0, Services.GetRequiredService<InMemoryAttachmentStore>().Count);
    }
}
