using System.Net;
using System.Text.Json;
using LabFlow.Activities.Organisation;
using Microsoft.Extensions.DependencyInjection;

namespace LabFlow.Host.Tests.ApiResources;

/// <summary>Problem details speak the caller's language: Accept-Language, else the stored language, else Swedish.</summary>
public sealed class ErrorLanguageApiTests(ApiResourcesFactory factory) : IClassFixture<ApiResourcesFactory>
{
    [Theory]
    [InlineData("sv", "Hittades inte", "Labb {0} hittades inte. Kontrollera id:t.")]
    [InlineData("en", "Not found", "Lab {0} was not found. Check the id.")]
    [InlineData("en-GB,sv;q=0.5", "Not found", "Lab {0} was not found. Check the id.")]
    public async Task GetLab_RefusesInTheAskedLanguageWithItsCode_WhenAcceptLanguageIsGiven(string acceptLanguage, string title, string detail)
    {
        // Arrange
        var (_, client) = await factory.CreateSignedInAsync($"Lisa Language {acceptLanguage}", ApiResourcesFactory.Own, Role.Facilitator);
        var missing = Guid.NewGuid();
        using var request = new HttpRequestMessage(HttpMethod.Get, $"/api/v1/labs/{missing}");
        request.Headers.TryAddWithoutValidation("Accept-Language", acceptLanguage);

        // Act
        using var response = await client.SendAsync(request);

        // Assert
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        var problem = await ApiResourcesFactory.ReadJsonAsync(response);
        Assert.Equal(title, problem.GetProperty("title").GetString());
        Assert.Equal(string.Format(System.Globalization.CultureInfo.InvariantCulture, detail, missing), problem.GetProperty("detail").GetString());
        Assert.Equal("not_found", problem.GetProperty("code").GetString());
    }

    [Theory]
    [InlineData("sv", "Fältet måste fyllas i.", "Några värden är inte giltiga")]
    [InlineData("en", "Give the lab a title.", "Some values are not valid")]
    public async Task LaunchLab_ListsFieldErrorsInTheAskedLanguage_WhenTheTitleIsMissing(string language, string titleError, string title)
    {
        // Arrange
        var (_, client) = await factory.CreateSignedInAsync($"Fia Field {language}", ApiResourcesFactory.Own, Role.Facilitator);
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/v1/labs")
        {
            Content = ApiResourcesFactory.Json(new
            {
                definitionId = "no-such-flow",
                title = " ",
                administrationId = ApiResourcesFactory.Own,
                challenge = "Hur kan vi …?",
                startDate = "2030-03-04",
            }),
        };
        request.Headers.TryAddWithoutValidation("Accept-Language", language);

        // Act
        using var response = await client.SendAsync(request);

        // Assert
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = await ApiResourcesFactory.ReadJsonAsync(response);
        Assert.Equal(title, problem.GetProperty("title").GetString());
        Assert.Equal("invalid", problem.GetProperty("code").GetString());
        Assert.Equal(titleError, problem.GetProperty("errors").GetProperty("title")[0].GetString());
    }

    [Theory]
    [InlineData("en", "Lab {0} was not found. Check the id.")]
    [InlineData("sv", "Labb {0} hittades inte. Kontrollera id:t.")]
    public async Task GetLab_RefusesInTheStoredLanguage_WhenNoAcceptLanguageIsSent(string stored, string detail)
    {
        // Arrange
        var person = await factory.CreateMemberAsync($"Stina Stored {stored}", ApiResourcesFactory.Own, Role.Facilitator);
        await factory.InScopeAsync(async services =>
        {
            await services.GetRequiredService<IDirectoryCommands>().SavePersonAsync(person with { Culture = stored }, CancellationToken.None);
            return 0;
        });
        var client = await factory.SignInAsync(person.Email);
        client.DefaultRequestHeaders.AcceptLanguage.Clear();
        var missing = Guid.NewGuid();

        // Act
        using var response = await client.GetAsync($"/api/v1/labs/{missing}");

        // Assert
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        var problem = await ApiResourcesFactory.ReadJsonAsync(response);
        Assert.Equal(string.Format(System.Globalization.CultureInfo.InvariantCulture, detail, missing), problem.GetProperty("detail").GetString());
        Assert.Equal(JsonValueKind.String, problem.GetProperty("code").ValueKind);
    }
}
