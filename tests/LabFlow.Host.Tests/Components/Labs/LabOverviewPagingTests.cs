using Bunit;
using LabFlow.Activities.Organisation;
using LabFlow.Activities.Tasks;
using LabFlow.Host.Components.Pages.Labs;
using LabFlow.Workflows.Definitions;
using Microsoft.Extensions.DependencyInjection;

namespace LabFlow.Host.Tests.Components.Labs;

/// <summary>
/// The lab page's closed tasks and timeline a page at a time ("Visa fler"): every row once, in order, over at least
/// three pages, also when a task is closed between two pages.
/// </summary>
public sealed class LabOverviewPagingTests : LabPageTestContext
{
    private const int PageSize = 2;

    [Fact]
    public async Task ClosedTasks_ShowEveryTaskOnceNewestFirst_WhenPagedWhileATaskIsClosed()
    {
        // Arrange: five closed tasks and one still open.
        var (labId, open) = await ArrangeAsync();
        var page = Render(labId);

        // Act
        var first = DoneTitles(page);
        await page.Find("#done-more").ClickAsync(new());
        var second = DoneTitles(page);
        await SkipOnThePageAsync(page, open);
        var afterSkip = DoneTitles(page);
        await page.Find("#done-more").ClickAsync(new());
        var last = DoneTitles(page);

        // Assert
        Assert.Equal(["Uppgift 5", "Uppgift 4"], first);
        Assert.Equal(["Uppgift 5", "Uppgift 4", "Uppgift 3", "Uppgift 2"], second);
        Assert.Equal(["Uppgift 6", "Uppgift 5", "Uppgift 4", "Uppgift 3", "Uppgift 2"], afterSkip);
        Assert.Equal(["Uppgift 6", "Uppgift 5", "Uppgift 4", "Uppgift 3", "Uppgift 2", "Uppgift 1"], last);
        Assert.Empty(page.FindAll("#done-more"));
    }

    [Fact]
    public async Task Timeline_ShowsEveryLineOnceNewestFirst_WhenPagedWhileALineIsAdded()
    {
        // Arrange
        var (labId, open) = await ArrangeAsync();
        var page = Render(labId);

        // Act: a page, the next, a skip on the page (a new newest line), then "more" until the end.
        var first = TimelineLines(page);
        await page.Find("#timeline-more").ClickAsync(new());
        var second = TimelineLines(page);
        await SkipOnThePageAsync(page, open);
        var afterSkip = TimelineLines(page);
        var pages = 2;
        while (page.FindAll("#timeline-more").Count > 0 && pages < 20)
        {
            await page.Find("#timeline-more").ClickAsync(new());
            pages++;
        }

        var all = TimelineLines(page);

        // Assert
        Assert.Equal(PageSize, first.Count);
        Assert.Equal(first, second.Take(PageSize));
        Assert.Equal(2 * PageSize, second.Count);
        Assert.Contains("Uppgift 6", afterSkip[0], StringComparison.Ordinal);
        Assert.Equal(second, afterSkip.Skip(1));
        Assert.True(pages >= 3, $"The timeline took {pages} pages.");
        Assert.Equal(afterSkip, all.Take(afterSkip.Count));
        Assert.Equal(all.Count, all.Distinct().Count());
        Assert.Equal(5 + 1, all.Count(l => l.Contains("hoppades över", StringComparison.Ordinal)));
    }

    /// <summary>A lab with ad-hoc tasks 1–5 skipped a minute apart, and task 6 open.</summary>
    private async Task<(Guid LabId, LabTask Open)> ArrangeAsync()
    {
        var lab = await LaunchAsync();
        var tasks = Services.GetRequiredService<TaskService>();
        LabTask? open = null;
        for (var i = 1; i <= 6; i++)
        {
            var task = await tasks.AddAdHocTaskAsync(new AdHocTaskRequest(lab.Id, LocalizedText.Of($"Uppgift {i}"), Coordinator.Id), Facilitator.Id, Token);
            Time.Advance(TimeSpan.FromMinutes(1));
            if (i < 6)
            {
                await tasks.SkipAsync(task.Id, Facilitator.Id, $"Skäl {i}", null, Token);
            }
            else
            {
                open = task;
            }
        }

        Time.Advance(TimeSpan.FromMinutes(1));
        return (lab.Id, open!);
    }

    private IRenderedComponent<LabOverview> Render(Guid labId)
    {
        SignIn(Facilitator, Role.Facilitator);
        return Render<LabOverview>(parameters => parameters.Add(p => p.Id, labId).Add(p => p.ListPageSize, PageSize));
    }

    private static async Task SkipOnThePageAsync(IRenderedComponent<LabOverview> page, LabTask task)
    {
        await page.Find($"#skip-{task.Id:N}").ClickAsync(new());
        await page.Find("#skip-reason").ChangeAsync(new() { Value = "Behövs inte" });
        await page.Find("#panel").SubmitAsync();
    }

    private static List<string> DoneTitles(IRenderedComponent<LabOverview> page) =>
        [.. page.FindAll("section[aria-labelledby=done-heading] tbody tr td:first-child").Select(td => td.TextContent.Trim())];

    private static List<string> TimelineLines(IRenderedComponent<LabOverview> page) =>
        [.. page.FindAll("#timeline li").Select(li => li.TextContent.Trim())];
}
