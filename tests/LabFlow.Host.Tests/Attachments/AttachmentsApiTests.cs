using System.Net;
using System.Text;
using LabFlow.Activities.Attachments;
using LabFlow.Activities.Organisation;
using LabFlow.Activities.Privacy;
using LabFlow.Activities.Tasks;
using LabFlow.Host.Tests.ApiResources;
using Microsoft.Extensions.DependencyInjection;

namespace LabFlow.Host.Tests.Attachments;

/// <summary>
/// Uploads through the API on real SQLite: what is refused (with the message and nothing stored), what is accepted
/// (with a thumbnail), how files are served, who reads them, and erasure.
/// </summary>
public sealed class AttachmentsApiTests(ApiResourcesFactory factory) : IClassFixture<ApiResourcesFactory>
{
    private const string Flow = """
        {
          "id": "api-attachments",
          "version": 1,
          "name": "API attachments",
          "activities": [
            { "id": "start", "type": "Start" },
            { "id": "prototype", "type": "UserTask",
              "inputs": { "title": "Prototyp", "assignee": { "role": "Coordinator" },
                          "form": [ { "key": "file", "type": "File", "label": "Fil", "required": true } ] } },
            { "id": "ideas", "type": "CollectIdeas",
              "inputs": { "title": "Idéer", "participants": { "role": "Participant" }, "closes": { "daysAfterStart": 30 }, "anonymous": true,
                          "form": [ { "key": "idea", "type": "Text", "label": "Idé", "required": true }, { "key": "photo", "type": "File", "label": "Foto" } ] } }
          ],
          "connections": [ { "from": "start", "to": "prototype" }, { "from": "start", "to": "ideas" } ]
        }
        """;

    private const string NotAllowed = "is not a kind of file LabFlow takes: its content is not a picture (JPEG, PNG, WebP, GIF), a PDF or an Office document (docx, xlsx, pptx), whatever its name says. Save it as one of these and upload it again.";

    public static TheoryData<string, string, string> Refused => new()
    {
        { "semester.jpg", "MZ\u0090\u0000\u0003\u0000\u0000\u0000\u0004\u0000", $"The file 'semester.jpg' {NotAllowed}" },
        { "logga.png", "<svg xmlns=\"http://www.w3.org/2000/svg\"><script>alert(1)</script></svg>", $"The file 'logga.png' {NotAllowed}" },
        { "sida.png", "<!DOCTYPE html><html><body><script>alert(1)</script></body></html>", $"The file 'sida.png' {NotAllowed}" },
        { "rapport.docx", "zip", "The file 'rapport.docx' is a ZIP archive but not a Word, Excel or PowerPoint document. Upload the document itself (saved as .docx, .xlsx or .pptx), not a packed folder." },
        { "stor.jpg", "oversize", "The file 'stor.jpg' is larger than 10 MB, the most LabFlow takes. Make it smaller (scale the picture down or save the document without embedded pictures) and upload it again." },
    };

    [Theory]
    [MemberData(nameof(Refused))]
    public async Task UploadForTask_Answers400WithTheReasonAndStoresNothing_WhenTheFileIsNotAllowed(string name, string content, string expected)
    {
        var (task, coordinator, client) = await TaskAsync();
        client.DefaultRequestHeaders.AcceptLanguage.ParseAdd("en");
        byte[] bytes = content switch
        {
            "zip" => Zip(("notes.txt", "anteckningar")),
            "oversize" => [0xFF, 0xD8, 0xFF, 0xE0, .. new byte[AttachmentOptions.DefaultMaxBytes]],
            _ => Encoding.Latin1.GetBytes(content),
        };

        using var response = await client.PostAsync($"/api/v1/tasks/{task}/attachments", TestPictures.Upload("file", name, bytes, "image/jpeg"));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = await ApiResourcesFactory.ReadJsonAsync(response);
        Assert.Equal(expected, problem.GetProperty("errors").GetProperty("file")[0].GetString());
        Assert.Empty(await factory.InScopeAsync(sp => sp.GetRequiredService<IAttachmentStore>().ListByUploaderAsync(coordinator.Id, CancellationToken.None)));
    }

    [Theory]
    [InlineData("foto.jpg", "image/jpeg", true)]
    [InlineData("skiss.png", "image/png", true)]
    [InlineData("rapport.pdf", "application/pdf", false)]
    [InlineData("protokoll.docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document", false)]
    public async Task UploadForTask_StoresTheFileAndServesItAsADownload_WhenTheFileIsAllowed(string name, string contentType, bool picture)
    {
        var (task, _, client) = await TaskAsync();
        var bytes = name switch
        {
            "foto.jpg" => TestPictures.Jpeg(),
            "skiss.png" => TestPictures.Png(),
            "rapport.pdf" => Encoding.ASCII.GetBytes("%PDF-1.7\n1 0 obj\n<<>>\nendobj\n%%EOF"),
            _ => Zip(("[Content_Types].xml", "<Types/>"), ("word/document.xml", "<w:document/>")),
        };

        using var uploaded = await client.PostAsync($"/api/v1/tasks/{task}/attachments", TestPictures.Upload("file", name, bytes, "application/octet-stream"));
        var body = await ApiResourcesFactory.ReadJsonAsync(uploaded);
        using var download = await client.GetAsync($"/api/v1/attachments/{body.GetProperty("id").GetGuid()}");
        using var thumbnail = await client.GetAsync($"/api/v1/attachments/{body.GetProperty("id").GetGuid()}/thumbnail");

        Assert.Equal(HttpStatusCode.Created, uploaded.StatusCode);
        Assert.Equal((contentType, picture), (body.GetProperty("contentType").GetString(), body.GetProperty("hasThumbnail").GetBoolean()));
        Assert.Equal(HttpStatusCode.OK, download.StatusCode);
        Assert.Equal(Convert.ToHexString(bytes), Convert.ToHexString(await download.Content.ReadAsByteArrayAsync()));
        Assert.Equal(("attachment", name), (download.Content.Headers.ContentDisposition!.DispositionType, download.Content.Headers.ContentDisposition.FileName));
        Assert.Equal(contentType, download.Content.Headers.ContentType!.MediaType);
        Assert.Equal("nosniff", Assert.Single(download.Headers.GetValues("X-Content-Type-Options")));
        Assert.Equal(picture ? HttpStatusCode.OK : HttpStatusCode.NotFound, thumbnail.StatusCode);
        if (picture)
        {
            var small = await thumbnail.Content.ReadAsByteArrayAsync();
            Assert.NotNull(AttachmentSniffer.Sniff(small).Kind);
            using var decoded = SkiaSharp.SKBitmap.Decode(small);
            Assert.True(Math.Max(decoded.Width, decoded.Height) <= 320);
        }
    }

    [Fact]
    public async Task UploadForTask_RefusesHeicWithHowToSendJpeg_WhenAnIphonePhotoIsSent()
    {
        var (task, _, client) = await TaskAsync();
        byte[] heic = [0x00, 0x00, 0x00, 0x18, .. "ftypheic"u8, 0x00, 0x00, 0x00, 0x00, .. "mif1heic"u8];
        client.DefaultRequestHeaders.AcceptLanguage.ParseAdd("sv");

        using var response = await client.PostAsync($"/api/v1/tasks/{task}/attachments", TestPictures.Upload("file", "IMG_0042.HEIC", heic, "image/heic"));

        var problem = await ApiResourcesFactory.ReadJsonAsync(response);
        Assert.Equal(
            "Bilden 'IMG_0042.HEIC' är i formatet HEIC, som webbläsare inte kan visa. Skicka den som JPEG: på iPhone, välj Inställningar → Kamera → Format → Mest kompatibel, eller dela bilden som JPEG (i Bilder: Dela → Alternativ → Mest kompatibel), och ladda upp den igen.",
            problem.GetProperty("errors").GetProperty("file")[0].GetString());
    }

    [Fact]
    public async Task Open_Answers403_WhenAParticipantOfAnotherAdministrationAsks()
    {
        var (task, coordinator, client) = await TaskAsync();
        var id = await CompletedWithFileAsync(task, coordinator, client);
        var (_, outsider) = await factory.CreateSignedInAsync("Other Participant", ApiResourcesFactory.Other, Role.Participant);

        using var file = await outsider.GetAsync($"/api/v1/attachments/{id}");
        using var thumbnail = await outsider.GetAsync($"/api/v1/attachments/{id}/thumbnail");

        Assert.Equal((HttpStatusCode.Forbidden, HttpStatusCode.Forbidden), (file.StatusCode, thumbnail.StatusCode));
        Assert.DoesNotContain("image", file.Content.Headers.ContentType?.MediaType ?? string.Empty, StringComparison.Ordinal);
    }

    [Fact]
    public async Task IdeaPhoto_RevealsNoAuthor_WhenTheBoardIsAnonymous()
    {
        var author = await factory.CreateMemberAsync("Anna Andersson", ApiResourcesFactory.Own, Role.Participant);
        var labId = await LaunchAsync();
        var board = await factory.InScopeAsync(async sp => (await sp.GetRequiredService<LabFlow.Activities.Collections.ICollectionStore>().FindByActivityAsync(labId, "ideas", CancellationToken.None))!);
        var authorClient = await factory.SignInAsync(author.Email);
        var (_, reader) = await factory.CreateSignedInAsync("Fia Facilitator", ApiResourcesFactory.Own, Role.Facilitator);
        var photo = WithText(TestPictures.Png(), "Author", "Anna Andersson");

        using var uploaded = await authorClient.PostAsync($"/api/v1/collections/{board.Id}/attachments", TestPictures.Upload("photo", "Anna Andersson prototyp.png", photo));
        var id = (await ApiResourcesFactory.ReadJsonAsync(uploaded)).GetProperty("id").GetGuid();
        using var sent = await authorClient.PostAsync($"/api/v1/collections/{board.Id}/submissions", ApiResourcesFactory.Json(new { answers = new { idea = "Pappersprototyp", photo = id } }));
        using var served = await reader.GetAsync($"/api/v1/attachments/{id}");

        Assert.Equal((HttpStatusCode.Created, HttpStatusCode.OK), (uploaded.StatusCode, served.StatusCode));
        var headers = string.Join("\n", served.Headers.Concat(served.Content.Headers).Select(h => $"{h.Key}: {string.Join(",", h.Value)}"));
        var content = Encoding.Latin1.GetString(await served.Content.ReadAsByteArrayAsync());
        Assert.DoesNotContain("Anna", headers, StringComparison.Ordinal);
        Assert.DoesNotContain("Anna", content, StringComparison.Ordinal);
        Assert.DoesNotContain(author.Id.ToString(), headers, StringComparison.OrdinalIgnoreCase);
        Assert.Null(served.Content.Headers.LastModified);
        Assert.Null(served.Headers.ETag);
        Assert.Matches("^bild-[0-9a-f]{8}\\.png$", served.Content.Headers.ContentDisposition!.FileName);
    }

    [Fact]
    public async Task Erase_RemovesThePersonsFilesAndTheExportListedThem_WhenAnAdministratorErasesThem()
    {
        var (task, coordinator, client) = await TaskAsync();
        var id = await CompletedWithFileAsync(task, coordinator, client);
        var (admin, adminClient) = await factory.CreateSignedInAsync("Ada Admin", ApiResourcesFactory.Own, Role.Admin);

        var export = await factory.InScopeAsync(sp => sp.GetRequiredService<PersonalDataService>().ExportAsync(coordinator.Id, coordinator.Id, CancellationToken.None));
        await factory.InScopeAsync(sp => sp.GetRequiredService<PersonalDataService>().EraseAsync(admin.Id, coordinator.Id, "Begäran om radering", CancellationToken.None));

        Assert.Equal([(id, "tavla.png")], export.Attachments.Select(a => (a.Id, a.FileName)));
        Assert.Null(await factory.InScopeAsync(sp => sp.GetRequiredService<IAttachmentStore>().FindAsync(id, CancellationToken.None)));
        using var gone = await adminClient.GetAsync($"/api/v1/attachments/{id}");
        Assert.Equal(HttpStatusCode.NotFound, gone.StatusCode);
    }

    [Fact]
    public async Task ExportMine_ShowsAFileAnswerByItsFileName_WhenThePersonAnsweredWithAFile()
    {
        // Arrange
        var (task, coordinator, client) = await TaskAsync();
        var id = await CompletedWithFileAsync(task, coordinator, client);
        client.DefaultRequestHeaders.AcceptLanguage.ParseAdd("sv");

        // Act
        var export = await factory.InScopeAsync(sp => sp.GetRequiredService<PersonalDataService>().ExportAsync(coordinator.Id, coordinator.Id, CancellationToken.None));
        using var page = await client.GetAsync("/api/v1/people/me/data?format=html");
        var html = await page.Content.ReadAsStringAsync();

        // Assert: the name, as the Word report shows it, and the bare id nowhere on the page.
        Assert.Equal("tavla.png", Assert.Single(export.Tasks, t => t.Id == task).Answers!["file"]!.GetValue<string>());
        Assert.Contains("&quot;file&quot;: &quot;tavla.png&quot;", html, StringComparison.Ordinal);
        Assert.DoesNotContain(id.ToString(), html, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task ExportMine_ShowsAnIdeaPhotoByItsFileName_WhenThePersonSentAnIdeaWithAPhoto()
    {
        // Arrange
        var author = await factory.CreateMemberAsync("Ida Idégivare", ApiResourcesFactory.Own, Role.Participant);
        var labId = await LaunchAsync();
        var board = await factory.InScopeAsync(async sp => (await sp.GetRequiredService<LabFlow.Activities.Collections.ICollectionStore>().FindByActivityAsync(labId, "ideas", CancellationToken.None))!);
        var authorClient = await factory.SignInAsync(author.Email);
        using var uploaded = await authorClient.PostAsync($"/api/v1/collections/{board.Id}/attachments", TestPictures.Upload("photo", "skiss.png", TestPictures.Png()));
        var id = (await ApiResourcesFactory.ReadJsonAsync(uploaded)).GetProperty("id").GetGuid();
        using var sent = await authorClient.PostAsync($"/api/v1/collections/{board.Id}/submissions", ApiResourcesFactory.Json(new { answers = new { idea = "Skissa", photo = id } }));

        // Act
        var export = await factory.InScopeAsync(sp => sp.GetRequiredService<PersonalDataService>().ExportAsync(author.Id, author.Id, CancellationToken.None));

        // Assert: the board is anonymous, so the photo was stored under a neutral name, and that is the name shown.
        Assert.Equal(HttpStatusCode.Created, sent.StatusCode);
        var idea = Assert.Single(export.Ideas);
        Assert.Equal("Skissa", idea.Answers["idea"]!.GetValue<string>());
        Assert.Matches("^bild-[0-9a-f]{8}\\.png$", idea.Answers["photo"]!.GetValue<string>());
    }

    /// <summary>A lab of the flow with a new facilitator and <paramref name="coordinator"/> (the prototype task's assignee) as its people.</summary>
    private async Task<Guid> LaunchAsync(Person? coordinator = null)
    {
        await factory.PublishAsync(Flow);
        var facilitator = await factory.CreateMemberAsync("Lab Facilitator", ApiResourcesFactory.Own, Role.Facilitator);
        List<LabFlow.Activities.Labs.LabMember> people = [new(facilitator.Id, Role.Facilitator)];
        if (coordinator is not null)
        {
            people.Add(new(coordinator.Id, Role.Coordinator));
        }

        var lab = await factory.InScopeAsync(sp => sp.GetRequiredService<LabFlow.Activities.Labs.LabService>().LaunchAsync(
            new LabFlow.Activities.Labs.LaunchLabRequest("api-attachments", "Fillabb", ApiResourcesFactory.Own, "Hur kan vi?", new DateOnly(2030, 3, 4), people),
            facilitator.Id,
            CancellationToken.None));
        return lab.Id;
    }

    private async Task<(Guid TaskId, Person Coordinator, HttpClient Client)> TaskAsync()
    {
        var (coordinator, client) = await factory.CreateSignedInAsync("Kim Samordnare", ApiResourcesFactory.Own, Role.Coordinator);
        var labId = await LaunchAsync(coordinator);
        var task = await factory.InScopeAsync(async sp => (await sp.GetRequiredService<ITaskStore>().ListByLabAsync(labId, CancellationToken.None)).Single(t => t.ActivityId == "prototype"));
        return (task.Id, coordinator, client);
    }

    private static async Task<Guid> CompletedWithFileAsync(Guid task, Person coordinator, HttpClient client)
    {
        using var uploaded = await client.PostAsync($"/api/v1/tasks/{task}/attachments", TestPictures.Upload("file", "tavla.png", TestPictures.Png()));
        var id = (await ApiResourcesFactory.ReadJsonAsync(uploaded)).GetProperty("id").GetGuid();
        using var completed = await client.PostAsync($"/api/v1/tasks/{task}/complete", ApiResourcesFactory.Json(new { answers = new { file = id } }));
        Assert.Equal(HttpStatusCode.OK, completed.StatusCode);
        return id;
    }

    private static byte[] Zip(params (string Name, string Text)[] entries)
    {
        using var stream = new MemoryStream();
        using (var zip = new System.IO.Compression.ZipArchive(stream, System.IO.Compression.ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var (entryName, text) in entries)
            {
                using var entry = zip.CreateEntry(entryName).Open();
                entry.Write(Encoding.UTF8.GetBytes(text));
            }
        }

        return stream.ToArray();
    }

    /// <summary>The PNG with a tEXt chunk (<paramref name="key"/>: <paramref name="text"/>) after its header, as cameras and editors write them.</summary>
    private static byte[] WithText(byte[] png, string key, string text)
    {
        var data = Encoding.Latin1.GetBytes($"{key}\0{text}");
        var typeAndData = Encoding.ASCII.GetBytes("tEXt").Concat(data).ToArray();
        var chunk = new List<byte>();
        chunk.AddRange(BigEndian(data.Length));
        chunk.AddRange(typeAndData);
        chunk.AddRange(BigEndian((int)Crc32(typeAndData)));
        const int afterHeader = 8 + 25; // the signature, then IHDR (4 length + 4 type + 13 data + 4 CRC)
        return [.. png.Take(afterHeader), .. chunk, .. png.Skip(afterHeader)];
    }

    private static byte[] BigEndian(int value) => [(byte)(value >> 24), (byte)(value >> 16), (byte)(value >> 8), (byte)value];

    private static uint Crc32(byte[] bytes)
    {
        var crc = 0xFFFFFFFFu;
        foreach (var b in bytes)
        {
            crc ^= b;
            for (var i = 0; i < 8; i++)
            {
                crc = (crc & 1) != 0 ? (crc >> 1) ^ 0xEDB88320u : crc >> 1;
            }
        }

        return ~crc;
    }
}
