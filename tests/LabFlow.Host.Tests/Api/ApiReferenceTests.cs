using System.Net;
using System.Text.Json;
using Microsoft.AspNetCore.Mvc.Testing;

namespace LabFlow.Host.Tests.Api;

/// <summary>The API describes itself, and answers unknown routes with problem details rather than an empty page.</summary>
public sealed class ApiReferenceTests : IClassFixture<ApiReferenceTests.Factory>
{
    private readonly HttpClient _client;

    public ApiReferenceTests(Factory factory)
    {
        _client = factory.CreateClient();
    }

    [Fact]
    public async Task GetOpenApiDocument_ReturnsTheLabFlowDocument_WhenRequested()
    {
        using var response = await _client.GetAsync("/openapi/v1.json");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var document = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.Equal("LabFlow API", document.RootElement.GetProperty("info").GetProperty("title").GetString());
    }

    [Fact]
    public async Task GetReferencePage_ReturnsHtml_WhenRequested()
    {
        using var response = await _client.GetAsync("/api/reference");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task GetUnknownRoute_ReturnsProblemDetails404_WhenRouteDoesNotExist()
    {
        using var response = await _client.GetAsync("/api/v1/no-such-resource");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        using var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.Equal(404, problem.RootElement.GetProperty("status").GetInt32());
    }

    /// <summary>A Host in-process with its own data folder.</summary>
    public sealed class Factory : WebApplicationFactory<Program>
    {
        private readonly string _dataPath = Directory.CreateTempSubdirectory("labflow-api-").FullName;

        protected override void ConfigureWebHost(Microsoft.AspNetCore.Hosting.IWebHostBuilder builder) =>
            builder.UseSetting("LabFlow:DataPath", _dataPath);

        protected override void Dispose(bool disposing)
        {
            base.Dispose(disposing);
            if (disposing && Directory.Exists(_dataPath))
            {
                Directory.Delete(_dataPath, recursive: true);
            }
        }
    }
}
