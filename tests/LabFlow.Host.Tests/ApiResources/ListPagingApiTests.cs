using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using LabFlow.Activities.Labs;
using LabFlow.Activities.Organisation;
using Microsoft.Extensions.DependencyInjection;

namespace LabFlow.Host.Tests.ApiResources;

/// <summary>
/// GET /api/v1/labs and GET /api/v1/tasks a page at a time on real SQLite: keyset cursors give every item once, in
/// order, over at least three pages, also when labs and tasks are added between two pages.
/// </summary>
public sealed class ListPagingApiTests(ApiResourcesFactory factory) : IClassFixture<ApiResourcesFactory>
{
    private const int Labs = 7;
    private const int Limit = 3;

    [Fact]
    public async Task ListLabs_GivesEveryLabOnceNewestFirst_WhenPagedWithTheCursorWhileLabsAreLaunched()
    {
        var (facilitator, client, coordinator) = await ArrangeAsync();
        var search = $"paging-{Guid.NewGuid():N}";
        var launched = new List<Guid>();
        for (var i = 0; i < Labs; i++)
        {
            launched.Add(await LaunchAsync(facilitator, coordinator, $"Lab {i} {search}"));
        }

        // Act: the first page, then a lab launched meanwhile, then the rest.
        var first = await GetAsync(client, $"/api/v1/labs?search={search}&limit={Limit}");
        var added = await LaunchAsync(facilitator, coordinator, $"Lab added {search}");
        var pages = await ReadRestAsync(client, $"/api/v1/labs?search={search}&limit={Limit}", first);

        // Assert
        Assert.Equal(3, pages.Count);
        Assert.Equal([Limit, Limit, 1], pages.Select(p => p.Count));
        var listed = pages.SelectMany(p => p).ToList();
        Assert.Equal(Enumerable.Reverse(launched), listed);
        Assert.DoesNotContain(added, listed);
        var fresh = await GetAsync(client, $"/api/v1/labs?search={search}&limit={Limit}");
        Assert.Equal(added, Ids(fresh)[0]);
    }

    [Fact]
    public async Task ListMyTasks_GivesEveryTaskOnceAsSummaries_WhenPagedWithTheCursorWhileTasksAreCreated()
    {
        var (facilitator, _, coordinator) = await ArrangeAsync();
        var coordinatorClient = await factory.SignInAsync(coordinator.Email);
        for (var i = 0; i < Labs; i++)
        {
            await LaunchAsync(facilitator, coordinator, $"Tasks {i}");
        }

        var all = Ids(await GetAsync(coordinatorClient, $"/api/v1/tasks?limit={Labs}"));

        // Act
        var first = await GetAsync(coordinatorClient, $"/api/v1/tasks?limit={Limit}");
        await LaunchAsync(facilitator, coordinator, "Tasks added");
        var pages = await ReadRestAsync(coordinatorClient, $"/api/v1/tasks?limit={Limit}", first);

        // Assert: the seven tasks in order, then the one created meanwhile (due on the same day, created last).
        Assert.Equal(Labs, all.Count);
        Assert.Equal(3, pages.Count);
        var listed = pages.SelectMany(p => p).ToList();
        Assert.Equal(all, listed.Take(Labs));
        Assert.Equal(Labs + 1, listed.Distinct().Count());
        var summary = first.GetProperty("items")[0];
        Assert.False(summary.TryGetProperty("form", out _), "A summary carries no form; GET /api/v1/tasks/{id} does.");
        Assert.False(summary.TryGetProperty("history", out _), "A summary carries no history.");
        Assert.Equal("Rapportera intervjuer", summary.GetProperty("title").GetProperty("sv").GetString());
    }

    [Fact]
    public async Task ListLabs_FiltersByStateYearAndSearch_WhenAskedFor()
    {
        var (facilitator, client, coordinator) = await ArrangeAsync();
        var search = $"filter-{Guid.NewGuid():N}";
        var running = await LaunchAsync(facilitator, coordinator, $"Löpande {search}");
        var paused = await LaunchAsync(facilitator, coordinator, $"Pausad {search}");
        await factory.InScopeAsync(sp => sp.GetRequiredService<LabService>().PauseAsync(paused, facilitator.Id, CancellationToken.None));

        // Act
        var pausedOnly = Ids(await GetAsync(client, $"/api/v1/labs?search={search}&state=Paused"));
        var runningOnly = Ids(await GetAsync(client, $"/api/v1/labs?search={search}&state=Running"));
        var thisYear = Ids(await GetAsync(client, $"/api/v1/labs?search={search}&year=2030"));
        var otherYear = Ids(await GetAsync(client, $"/api/v1/labs?search={search}&year=2029"));
        var byTitle = Ids(await GetAsync(client, $"/api/v1/labs?search=PAUSAD%20{search}"));

        // Assert
        Assert.Equal([paused], pausedOnly);
        Assert.Equal([running], runningOnly);
        Assert.Equal([paused, running], thisYear);
        Assert.Empty(otherYear);
        Assert.Equal([paused], byTitle);
    }

    [Fact]
    public async Task ListLabs_Answers400NamingTheCursor_WhenTheCursorWasNotMadeByTheList()
    {
        var (_, client, _) = await ArrangeAsync();

        using var response = await client.GetAsync("/api/v1/labs?cursor=not-a-cursor");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = await ApiResourcesFactory.ReadJsonAsync(response);
        Assert.Equal("invalid", problem.GetProperty("code").GetString());
        Assert.Equal(
            "Markören kommer inte från den här listan; skicka värdet 'next' från föregående sida som det är, eller utelämna det för första sidan.",
            problem.GetProperty("errors").GetProperty("cursor")[0].GetString());
    }

    private async Task<(Person Facilitator, HttpClient Client, Person Coordinator)> ArrangeAsync()
    {
        await factory.PublishAsync(ApiFlows.Story);
        var (facilitator, client) = await factory.CreateSignedInAsync("Fia Facilitator", ApiResourcesFactory.Own, Role.Facilitator);
        var coordinator = await factory.CreateMemberAsync("Kim Coordinator", ApiResourcesFactory.Own, Role.Coordinator);
        return (facilitator, client, coordinator);
    }

    private Task<Guid> LaunchAsync(Person facilitator, Person coordinator, string title) =>
        factory.InScopeAsync(async sp => (await sp.GetRequiredService<LabService>().LaunchAsync(
            new LaunchLabRequest(
                "api-story",
                title,
                ApiResourcesFactory.Own,
                "Hur kan vi rekrytera mer jämlikt?",
                new DateOnly(2030, 3, 4),
                [new LabMember(facilitator.Id, Role.Facilitator), new LabMember(coordinator.Id, Role.Coordinator)]),
            facilitator.Id,
            CancellationToken.None)).Id);

    private static async Task<JsonElement> GetAsync(HttpClient client, string uri)
    {
        using var response = await client.GetAsync(uri);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await response.Content.ReadFromJsonAsync<JsonElement>();
    }

    /// <summary>The first page and every page after it, following <c>next</c> until it is null.</summary>
    private static async Task<List<List<Guid>>> ReadRestAsync(HttpClient client, string uri, JsonElement first)
    {
        var pages = new List<List<Guid>> { Ids(first) };
        var page = first;
        while (page.GetProperty("next").GetString() is { } next && pages.Count < 10)
        {
            page = await GetAsync(client, $"{uri}&cursor={Uri.EscapeDataString(next)}");
            pages.Add(Ids(page));
        }

        return pages;
    }

    private static List<Guid> Ids(JsonElement page) => [.. page.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("id").GetGuid())];
}
