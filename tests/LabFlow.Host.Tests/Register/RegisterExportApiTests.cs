using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using DocumentFormat.OpenXml.Validation;
using LabFlow.Activities.Privacy;
using Microsoft.Extensions.DependencyInjection;

namespace LabFlow.Host.Tests.Register;

/// <summary>The register's exports and figures through the API, against the figures of <see cref="RegisterApiFixture"/>.</summary>
public sealed class RegisterExportApiTests(RegisterApiFixture fixture) : IClassFixture<RegisterApiFixture>
{
    [Fact]
    public async Task GetRegisterXlsx_PassesTheValidatorWithTotalsThatEqualTheRegister_WhenAProjectLeadExportsEveryAdministration()
    {
        // Arrange
        using var lead = await fixture.Factory.SignInAsync(fixture.Lead.Email);

        // Act
        using var response = await lead.GetAsync("/api/v1/project/register.xlsx");
        var bytes = await response.Content.ReadAsByteArrayAsync();

        // Assert
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", response.Content.Headers.ContentType!.MediaType);
        using var document = SpreadsheetDocument.Open(new MemoryStream(bytes), false);
        Assert.Empty(new OpenXmlValidator(FileFormatVersions.Office2019).Validate(document).Select(e => $"{e.Path?.XPath}: {e.Description}"));
        var rows = Sheet(document, "Deltagare");
        Assert.Equal(["Datum", "Labb", "Labbets förvaltning", "Aktivitet", "Namn", "Gäst", "Kön", "Förvaltning eller organisation", "Yrkesgrupp", "Timmar"], rows[0]);
        Assert.Equal(5, rows.Count - 1);
        Assert.Equal(12.5m, rows.Skip(1).Sum(r => decimal.Parse(r[9], System.Globalization.CultureInfo.InvariantCulture)));
        var totals = Sheet(document, "Totalt per kön");
        Assert.Equal(["kvinna", "1", "6", "2"], totals.Single(r => r[0] == "kvinna"));
        Assert.Equal(["man", "1", "3", "1"], totals.Single(r => r[0] == "man"));
        Assert.Equal(["annat", "1", "2", "1"], totals.Single(r => r[0] == "annat"));
        Assert.Equal(["vill inte uppge", "1", "1.5", "1"], totals.Single(r => r[0] == "vill inte uppge"));
        Assert.Equal(["Totalt", "4", "12.5", "5"], totals[^1]);
    }

    [Fact]
    public async Task GetRegisterXlsx_CoversOnlyTheirAdministrationAndIsJournaled_WhenACoordinatorExports()
    {
        // Arrange
        using var coordinator = await fixture.Factory.SignInAsync(fixture.Coordinator.Email);

        // Act
        using var response = await coordinator.GetAsync("/api/v1/project/register.xlsx");
        using var document = SpreadsheetDocument.Open(new MemoryStream(await response.Content.ReadAsByteArrayAsync()), false);

        // Assert
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.All(Sheet(document, "Deltagare").Skip(1), row => Assert.Equal("Grundskoleförvaltningen", row[2]));
        Assert.Equal(["Totalt", "3", "6.5", "3"], Sheet(document, "Totalt per kön")[^1]);
        await using var scope = fixture.Factory.Services.CreateAsyncScope();
        var logged = await scope.ServiceProvider.GetRequiredService<ISensitiveReadLog>().ListAsync(new SensitiveReadQuery(ReaderId: fixture.Coordinator.Id), CancellationToken.None);
        Assert.Contains(logged, r => r.Kind == AccessKind.RegisterExport && r.ActivityId == "deltagarregister.xlsx" && r.AdministrationId == "grundskoleforvaltningen");
    }

    [Theory]
    [InlineData("/api/v1/project/register.xlsx")]
    [InlineData("/api/v1/project/register.csv")]
    [InlineData("/api/v1/project/summary.xlsx")]
    [InlineData("/api/v1/project/summary")]
    [InlineData("/api/v1/project/participants")]
    public async Task GetProject_Answers403WithCode_WhenAParticipantAsks(string path)
    {
        // Arrange
        using var participant = await fixture.Factory.SignInAsync(fixture.Participant.Email);
        participant.DefaultRequestHeaders.AcceptLanguage.ParseAdd("en");

        // Act
        using var response = await participant.GetAsync(path);

        // Assert
        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.StartsWith("You cannot see the project's participant register.", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task GetRegisterCsv_WritesOneRowPerPersonPerActivityWithDateHoursSexAndAdministration_WhenAProjectLeadExports()
    {
        // Arrange
        using var lead = await fixture.Factory.SignInAsync(fixture.Lead.Email);

        // Act
        using var response = await lead.GetAsync("/api/v1/project/register.csv");
        var bytes = await response.Content.ReadAsByteArrayAsync();

        // Assert
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(Encoding.UTF8.GetPreamble(), bytes[..3]);
        var lines = Encoding.UTF8.GetString(bytes[3..]).Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal("Datum;Labb;Labbets förvaltning;Aktivitet;Namn;Gäst;Kön;Förvaltning eller organisation;Yrkesgrupp;Timmar", lines[0]);
        Assert.Equal(6, lines.Length);
        Assert.Contains("2030-03-13;Jämlik rekrytering;Grundskoleförvaltningen;Uppstart;Gun Gäst;ja;vill inte uppge;Länsstyrelsen;Vill inte uppge;1,5", lines);
    }

    [Fact]
    public async Task GetSummaryXlsx_PassesTheValidatorAndListsEveryLabWithParticipantsBySex_WhenAProjectLeadExports()
    {
        // Arrange
        using var lead = await fixture.Factory.SignInAsync(fixture.Lead.Email);

        // Act
        using var response = await lead.GetAsync("/api/v1/project/summary.xlsx");
        using var document = SpreadsheetDocument.Open(new MemoryStream(await response.Content.ReadAsByteArrayAsync()), false);

        // Assert
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Empty(new OpenXmlValidator(FileFormatVersions.Office2019).Validate(document).Select(e => e.Description));
        var summary = Sheet(document, "Sammanfattning");
        Assert.Equal(["Deltagare totalt", "4"], summary.Single(r => r[0] == "Deltagare totalt"));
        Assert.Equal(["Deltagare: kvinna", "1"], summary.Single(r => r[0] == "Deltagare: kvinna"));
        var labs = Sheet(document, "Labb");
        Assert.Equal(["Jämlik rekrytering", "Jämlik schemaläggning"], labs.Skip(1).Select(r => r[0]).Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task GetSummary_GivesHoursBySexAndMonth_WhenAProjectLeadAsksForTheDashboardsFigures()
    {
        // Arrange
        using var lead = await fixture.Factory.SignInAsync(fixture.Lead.Email);

        // Act
        var summary = await lead.GetFromJsonAsync<JsonElement>("/api/v1/project/summary");

        // Assert
        var total = summary.GetProperty("total").GetProperty("total");
        Assert.Equal((4, 12.5m), (total.GetProperty("people").GetInt32(), total.GetProperty("hours").GetDecimal()));
        Assert.Equal(6m, summary.GetProperty("total").GetProperty("bySex").GetProperty("Woman").GetProperty("hours").GetDecimal());
        Assert.Equal(["2030-03", "2030-04"], summary.GetProperty("byMonth").EnumerateArray().Select(m => m.GetProperty("key").GetString()));
    }

    [Fact]
    public async Task PostGuest_Answers403_WhenACoordinatorWhoMaySeeTheLabTriesToRegisterAGuest()
    {
        // Arrange
        using var coordinator = await fixture.Factory.SignInAsync(fixture.Coordinator.Email);

        // Act
        using var response = await coordinator.PostAsJsonAsync($"/api/v1/labs/{fixture.SchoolLab}/guests", new { name = "Gäst", organisation = "Annan" });

        // Assert
        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    [Fact]
    public async Task PutRegisterProfile_SavesOnlyTheCallersOwnAnswers_WhenAPersonAnswersWithThePrivacyNotice()
    {
        // Arrange
        var person = await fixture.Factory.CreatePersonAsync("Nora Ny");
        using var client = await fixture.Factory.SignInAsync(person.Email);
        var before = await client.GetFromJsonAsync<JsonElement>("/api/v1/people/me/register-profile");

        // Act
        using var saved = await client.PutAsJsonAsync("/api/v1/people/me/register-profile", new { sex = "Other", organisation = "Kulturförvaltningen", professionGroup = "Specialist" });
        var after = await client.GetFromJsonAsync<JsonElement>("/api/v1/people/me/register-profile");
        var data = await client.GetFromJsonAsync<JsonElement>("/api/v1/people/me/data");

        // Assert
        Assert.False(before.GetProperty("asked").GetBoolean());
        Assert.Contains("Europeiska socialfonden", before.GetProperty("privacyNotice").GetString(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, saved.StatusCode);
        Assert.Equal(("Other", "Kulturförvaltningen"), (after.GetProperty("profile").GetProperty("sex").GetString(), after.GetProperty("profile").GetProperty("organisation").GetString()));
        Assert.Equal(person.Id, after.GetProperty("profile").GetProperty("personId").GetGuid());
        Assert.Equal("Specialist", data.GetProperty("register").GetProperty("profile").GetProperty("professionGroup").GetString());
    }

    /// <summary>A sheet's cells as text, row by row (shared and inline strings resolved).</summary>
    private static List<List<string>> Sheet(SpreadsheetDocument document, string name)
    {
        var workbook = document.WorkbookPart!;
        var sheet = workbook.Workbook.Sheets!.Elements<Sheet>().Single(s => s.Name == name);
        var part = (WorksheetPart)workbook.GetPartById(sheet.Id!);
        var shared = workbook.SharedStringTablePart?.SharedStringTable.Elements<SharedStringItem>().Select(i => i.InnerText).ToList() ?? [];
        return [.. part.Worksheet.Descendants<Row>().Select(r => r.Elements<Cell>().Select(c =>
            c.DataType?.Value == CellValues.SharedString ? shared[int.Parse(c.CellValue!.Text, System.Globalization.CultureInfo.InvariantCulture)]
            : c.DataType?.Value == CellValues.InlineString ? c.InnerText
            : Number(c.CellValue?.Text ?? string.Empty)).ToList())];
    }

    /// <summary>A number cell as a spreadsheet shows it in the General format ("6.0" is 6).</summary>
    private static string Number(string text) =>
        double.TryParse(text, System.Globalization.NumberStyles.Float, System.Globalization.CultureInfo.InvariantCulture, out var value)
            ? value.ToString(System.Globalization.CultureInfo.InvariantCulture)
            : text;
}
