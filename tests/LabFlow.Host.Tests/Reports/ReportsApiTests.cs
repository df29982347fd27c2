using System.Net;
using LabFlow.Activities.Organisation;
using LabFlow.Host.Tests.ApiResources;
using LabFlow.Host.Tests.Privacy;

namespace LabFlow.Host.Tests.Reports;

/// <summary>The Word exports through the API on a real SQLite database: the file, its language, and the same rights as the lab page.</summary>
public sealed class ReportsApiTests(PersonalDataApiTests.Fixture fixture) : IClassFixture<PersonalDataApiTests.Fixture>
{
    private const string WordType = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

    private ApiResourcesFactory Factory => fixture.Factory;

    [Fact]
    public async Task GetLabReport_ReturnsAValidWordDocument_WhenTheCallerSeesTheLab()
    {
        // Arrange
        var scenario = await PrivacyScenario.CreateAsync(Factory, "Rapportläsare");

        // Act
        using var response = await scenario.HrClient.GetAsync($"/api/v1/labs/{scenario.LabId}/report.docx?lang=en");

        // Assert
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(WordType, response.Content.Headers.ContentType?.MediaType);
        var document = WordDocuments.Read(await response.Content.ReadAsByteArrayAsync());
        document.AssertValid();
        Assert.Equal("en-GB", document.Language);
        Assert.StartsWith("Lab report: Integritetslabb", document.Title, StringComparison.Ordinal);
        Assert.Contains("Hur skyddar vi uppgifterna?", document.Text);
    }

    [Fact]
    public async Task GetLabReport_Returns403_WhenTheCallerIsOfAnotherAdministrationOrOnlyAParticipant()
    {
        // Arrange
        var scenario = await PrivacyScenario.CreateAsync(Factory, "Rapportägare");
        var (_, outsider) = await Factory.CreateSignedInAsync($"Otto Annan {Guid.NewGuid():N}", ApiResourcesFactory.Other, Role.Coordinator);
        var (_, participant) = await Factory.CreateSignedInAsync($"Pia Deltagare {Guid.NewGuid():N}", ApiResourcesFactory.Own, Role.Participant);

        // Act
        using var fromOutside = await outsider.GetAsync($"/api/v1/labs/{scenario.LabId}/report.docx");
        using var fromParticipant = await participant.GetAsync($"/api/v1/labs/{scenario.LabId}/report.docx");
        using var unknown = await scenario.HrClient.GetAsync($"/api/v1/labs/{Guid.NewGuid()}/report.docx");

        // Assert
        Assert.Equal((HttpStatusCode.Forbidden, HttpStatusCode.Forbidden, HttpStatusCode.NotFound), (fromOutside.StatusCode, fromParticipant.StatusCode, unknown.StatusCode));
        Assert.DoesNotContain("Integritetslabb", await fromOutside.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task GetActiveMeasures_ReturnsTheYearsDocumentForAMember_And403ForAnotherAdministration()
    {
        // Arrange
        var (_, member) = await Factory.CreateSignedInAsync($"Hedda HR {Guid.NewGuid():N}", ApiResourcesFactory.Own, Role.HR);
        var (_, outsider) = await Factory.CreateSignedInAsync($"Olle Annan {Guid.NewGuid():N}", ApiResourcesFactory.Other, Role.HR);

        // Act
        using var response = await member.GetAsync($"/api/v1/administrations/{ApiResourcesFactory.Own}/active-measures/2030.docx");
        using var refused = await outsider.GetAsync($"/api/v1/administrations/{ApiResourcesFactory.Own}/active-measures/2030.docx");
        using var unknown = await member.GetAsync("/api/v1/administrations/no-such-administration/active-measures/2030.docx");

        // Assert
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var document = WordDocuments.Read(await response.Content.ReadAsByteArrayAsync());
        document.AssertValid();
        Assert.Contains("Arbetsförhållanden", document.Heading1);
        Assert.Equal((HttpStatusCode.Forbidden, HttpStatusCode.NotFound), (refused.StatusCode, unknown.StatusCode));
    }
}
