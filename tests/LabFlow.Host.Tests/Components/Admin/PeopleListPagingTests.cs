using Bunit;
using LabFlow.Activities.Organisation;
using LabFlow.Host.Components.Pages.Admin;
using LabFlow.Host.Tests.ApiResources;
using Microsoft.Extensions.DependencyInjection;

namespace LabFlow.Host.Tests.Components.Admin;

/// <summary>
/// <c>/admin/people</c> a page at a time ("Visa fler") on real SQLite: every person once in the chosen order over at
/// least three pages, also when people are invited between two pages.
/// </summary>
public sealed class PeopleListPagingTests : AdminPageTestContext
{
    private const int PageSize = 2;

    [Fact]
    public async Task ShowMore_ShowsEveryPersonOnceByName_WhenPeopleAreInvitedBetweenPages()
    {
        // Arrange
        var token = await ArrangeAsync();
        var page = RenderAs<PeopleList>(Admin, p => p.Add(x => x.PageSize, PageSize));
        await page.Find("#people-search").ChangeAsync(new() { Value = token });
        await page.Find("form.people-filter").SubmitAsync();

        // Act
        var first = Names(page);
        await page.Find("#people-more").ClickAsync(new());
        await Factory.CreateMemberAsync($"Ada {token}", ApiResourcesFactory.Own, Role.Participant);
        await Factory.CreateMemberAsync($"Ötte {token}", ApiResourcesFactory.Own, Role.Participant);
        await page.Find("#people-more").ClickAsync(new());

        // Assert: Ada came before the cursor and waits for a new search; Ötte came after it and shows at the end.
        Assert.Equal([$"Bea {token}", $"Cid {token}"], first);
        Assert.Equal(["Bea", "Cid", "Dag", "Eva", "Fia", "Ötte"], Names(page).Select(n => n.Split(' ')[0]));
        Assert.Empty(page.FindAll("#people-more"));
        Assert.Equal("6 personer", page.Find("#people-count").TextContent);
    }

    [Fact]
    public async Task Sort_ListsByEmail_WhenEmailIsChosen()
    {
        // Arrange
        var token = await ArrangeAsync();
        var page = RenderAs<PeopleList>(Admin, p => p.Add(x => x.PageSize, PageSize));
        await page.Find("#people-search").ChangeAsync(new() { Value = token });
        await page.Find("#people-sort").ChangeAsync(new() { Value = nameof(PeopleSort.Email) });

        // Act
        await page.Find("form.people-filter").SubmitAsync();
        var first = Names(page);
        var count = page.Find("#people-count").TextContent;
        await page.Find("#people-more").ClickAsync(new());
        await page.Find("#people-more").ClickAsync(new());

        // Assert: the emails were made to run the other way round from the names.
        Assert.Equal([$"Fia {token}", $"Eva {token}"], first);
        Assert.Equal(["Fia", "Eva", "Dag", "Cid", "Bea"], Names(page).Select(n => n.Split(' ')[0]));
        Assert.Equal("2 personer visas; det finns fler.", count);
    }

    /// <summary>Five people with a fresh token in their names; their emails sort the other way round.</summary>
    private async Task<string> ArrangeAsync()
    {
        var token = $"pl{Guid.NewGuid():N}"[..12];
        string[] names = ["Bea", "Cid", "Dag", "Eva", "Fia"];
        for (var i = 0; i < names.Length; i++)
        {
            var person = await Factory.CreateMemberAsync($"{names[i]} {token}", ApiResourcesFactory.Own, Role.Participant);
            await InHostAsync(async services =>
            {
                await services.GetRequiredService<IDirectoryCommands>().SavePersonAsync(person with { Email = $"{(char)('z' - i)}.{token}@test.example" }, CancellationToken.None);
                return 0;
            });
        }

        return token;
    }

    private static List<string> Names(IRenderedComponent<PeopleList> page) =>
        [.. page.FindAll("table.people tbody tr td:first-child").Select(td => td.TextContent.Trim())];
}
