using Bunit;
using LabFlow.Activities.Organisation;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Web;

namespace LabFlow.Host.Tests.Components.Labs;

/// <summary>The person picker in the lab page's panels: it offers whom the lab service allows, and works with the keyboard.</summary>
public sealed class LabPanelPickerTests : LabPageTestContext
{
    [Fact]
    public async Task AddPerson_AddsThePersonChosenWithTheKeyboard_WhenTheFacilitatorSearches()
    {
        // Arrange
        var lab = await LaunchAsync();
        var page = RenderOverview(Facilitator, Role.Facilitator, lab.Id);
        page.Find("#add-person").Click();

        // Act: someone of another administration is not offered; Pia is, and Enter chooses her.
        await page.Find("#person").InputAsync(new ChangeEventArgs { Value = "ola" });
        var otherAdministration = page.FindAll("#person-options [role=option]").Count;
        await page.Find("#person").InputAsync(new ChangeEventArgs { Value = "pia" });
        var expanded = page.Find("#person").GetAttribute("aria-expanded");
        await page.Find("#person").KeyDownAsync(new KeyboardEventArgs { Key = "Enter" });
        var status = page.Find("#person-status").TextContent;
        page.Find("#person-role").Change(nameof(Role.Sponsor));
        await page.Find("#panel").SubmitAsync();

        // Assert
        Assert.Equal(0, otherAdministration);
        Assert.Equal("true", expanded);
        Assert.Equal("Pia Deltagare vald.", status);
        Assert.Equal("Pia Deltagare är med i labbet som uppdragsgivare.", page.Find("#lab-notice").TextContent);
    }

    [Fact]
    public async Task AddPerson_AsksForAPerson_WhenTheTextWasChangedAfterChoosing()
    {
        // Arrange
        var lab = await LaunchAsync();
        var page = RenderOverview(Facilitator, Role.Facilitator, lab.Id);
        page.Find("#add-person").Click();
        await page.ChooseAsync("person", "pia");

        // Act: editing the chosen name means nobody is chosen any more.
        await page.Find("#person").InputAsync(new ChangeEventArgs { Value = "Pia Delt" });
        await page.Find("#person").KeyDownAsync(new KeyboardEventArgs { Key = "Escape" });
        await page.Find("#panel").SubmitAsync();

        // Assert
        Assert.Equal("true", page.Find("#person").GetAttribute("aria-invalid"));
        Assert.Contains("person-error", page.Find("#person").GetAttribute("aria-describedby"), StringComparison.Ordinal);
        Assert.Single(page.FindAll("#panel"));
    }

    [Fact]
    public async Task Reassign_DoesNotOfferTheCurrentAssignee_WhenTheirNameIsTyped()
    {
        // Arrange
        var lab = await LaunchAsync();
        var task = (await TasksAsync(lab.Id)).First(t => t.IsOpen && t.AssigneeId is not null);
        var assignee = new[] { Facilitator, Coordinator, Participant }.Single(p => p.Id == task.AssigneeId);
        var page = RenderOverview(Facilitator, Role.Facilitator, lab.Id);
        page.Find($"#reassign-{task.Id:N}").Click();

        // Act
        await page.Find("#reassign-to").InputAsync(new ChangeEventArgs { Value = assignee.Email });

        // Assert
        Assert.Empty(page.FindAll("#reassign-to-options [role=option]"));
        Assert.StartsWith("Ingen träff", page.Find("#reassign-to-status").TextContent, StringComparison.Ordinal);
    }
}
