using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using LabFlow.Activities.Organisation;
using Microsoft.Extensions.DependencyInjection;

namespace LabFlow.Host.Tests.ApiResources;

/// <summary>
/// GET /api/v1/people a page at a time on real SQLite: sorted by name or email, every person once over at least three
/// pages, and the cursor stays right when people are invited between two pages.
/// </summary>
public sealed class PeopleListPagingApiTests(ApiResourcesFactory factory) : IClassFixture<ApiResourcesFactory>
{
    private const int Limit = 3;

    private static readonly string[] Names = ["Bea", "Cid", "Dag", "Eva", "Fia", "Gun", "Hej"];

    [Fact]
    public async Task ListPeople_GivesEveryPersonOnceByName_WhenPagedWithTheCursorWhilePeopleAreInvited()
    {
        // Arrange
        var (client, token) = await ArrangeAsync();
        var uri = $"/api/v1/people?search={token}&limit={Limit}";

        // Act: the first page, then one person who sorts before the cursor and one after, then the rest.
        var first = await GetAsync(client, uri);
        await factory.CreateMemberAsync($"Ada {token}", ApiResourcesFactory.Own, Role.Participant);
        await factory.CreateMemberAsync($"Ö-sist {token}", ApiResourcesFactory.Own, Role.Participant);
        var pages = await ReadAllAsync(client, uri, first);

        // Assert
        Assert.Equal(3, pages.Count);
        Assert.Equal([Limit, Limit, 2], pages.Select(p => p.Count));
        Assert.Equal([.. Names.Select(n => $"{n} {token}"), $"Ö-sist {token}"], pages.SelectMany(p => p));
    }

    [Fact]
    public async Task ListPeople_SortsByEmail_WhenAskedTo()
    {
        // Arrange
        var (client, token) = await ArrangeAsync(reverseEmails: true);
        var uri = $"/api/v1/people?search={token}&limit={Limit}&sort=Email";

        // Act
        var pages = await ReadAllAsync(client, uri, await GetAsync(client, uri));

        // Assert: the emails run the other way round from the names.
        Assert.Equal([Limit, Limit, 1], pages.Select(p => p.Count));
        Assert.Equal(Enumerable.Reverse(Names).Select(n => $"{n} {token}"), pages.SelectMany(p => p));
    }

    [Fact]
    public async Task ListPeople_Answers400NamingTheCursor_WhenTheCursorCameFromAnotherOrder()
    {
        // Arrange
        var (client, token) = await ArrangeAsync();
        var byName = await GetAsync(client, $"/api/v1/people?search={token}&limit={Limit}");
        var next = byName.GetProperty("next").GetString()!;

        // Act
        using var response = await client.GetAsync($"/api/v1/people?search={token}&limit={Limit}&sort=Email&cursor={Uri.EscapeDataString(next)}");

        // Assert
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = await ApiResourcesFactory.ReadJsonAsync(response);
        Assert.Equal("invalid", problem.GetProperty("code").GetString());
        Assert.True(problem.GetProperty("errors").TryGetProperty("cursor", out _), "The problem names the cursor.");
    }

    /// <summary>An administrator's client and seven people whose names (and with <paramref name="reverseEmails"/>, reversed emails) hold a fresh token.</summary>
    private async Task<(HttpClient Client, string Token)> ArrangeAsync(bool reverseEmails = false)
    {
        var (_, client) = await factory.CreateSignedInAsync("Ada Admin", ApiResourcesFactory.Own, Role.Admin);
        var token = $"pp{Guid.NewGuid():N}";
        for (var i = 0; i < Names.Length; i++)
        {
            var person = await factory.CreateMemberAsync($"{Names[i]} {token}", ApiResourcesFactory.Own, Role.Participant);
            if (reverseEmails)
            {
                await factory.InScopeAsync(async services =>
                {
                    await services.GetRequiredService<IDirectoryCommands>().SavePersonAsync(
                        person with { Email = $"{(char)('z' - i)}.{token}@test.example" }, CancellationToken.None);
                    return 0;
                });
            }
        }

        return (client, token);
    }

    private static async Task<JsonElement> GetAsync(HttpClient client, string uri)
    {
        using var response = await client.GetAsync(uri);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await response.Content.ReadFromJsonAsync<JsonElement>();
    }

    /// <summary>The names on the first page and every page after it, following <c>next</c> until it is null.</summary>
    private static async Task<List<List<string>>> ReadAllAsync(HttpClient client, string uri, JsonElement first)
    {
        var pages = new List<List<string>> { NamesOn(first) };
        var page = first;
        while (page.GetProperty("next").GetString() is { } next && pages.Count < 10)
        {
            page = await GetAsync(client, $"{uri}&cursor={Uri.EscapeDataString(next)}");
            pages.Add(NamesOn(page));
        }

        return pages;

        static List<string> NamesOn(JsonElement page) => [.. page.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("name").GetString()!)];
    }
}
