using Bunit;
using LabFlow.Activities.Organisation;
using LabFlow.Host.Components.Shared;

namespace LabFlow.Host.Tests.Components.Labs;

/// <summary>The person picker: an ARIA combobox over the directory, used with the keyboard and announced to screen readers.</summary>
public sealed class PersonPickerTests : LabPageTestContext
{
    [Fact]
    public void Search_OffersTheActiveMatchesOfTheAdministration_WhenANameIsTyped()
    {
        var picker = RenderPicker(multiple: false, administrationId: School);

        picker.Find("#pick").Input("samordnare");

        var input = picker.Find("#pick");
        Assert.Equal("combobox", input.GetAttribute("role"));
        Assert.Equal("true", input.GetAttribute("aria-expanded"));
        Assert.Equal("pick-options", input.GetAttribute("aria-controls"));
        Assert.Equal(["Kim Samordnare kim@example.se"], picker.FindAll("[role=option]").Select(o => Normalise(o.TextContent)));
        Assert.Equal("1 träff. Välj med Enter.", picker.Find("#pick-status").TextContent);
    }

    [Fact]
    public void Keyboard_MovesTheActiveOptionAndChoosesWithEnter_WhenSeveralMatch()
    {
        IReadOnlyList<Person> chosen = [];
        var picker = Render<PersonPicker>(p => p
            .Add(c => c.Id, "pick")
            .Add(c => c.Label, "Deltagare")
            .Add(c => c.Multiple, true)
            .Add(c => c.SelectedChanged, (IReadOnlyList<Person> people) => chosen = people));

        picker.Find("#pick").Input("example.se");
        var first = picker.Find("#pick").GetAttribute("aria-activedescendant");
        picker.Find("#pick").KeyDown("ArrowDown");
        var second = picker.Find("#pick").GetAttribute("aria-activedescendant");
        var secondName = Normalise(picker.Find($"#{second}").TextContent);
        picker.Find("#pick").KeyDown("Enter");

        Assert.Equal("pick-option-0", first);
        Assert.Equal("pick-option-1", second);
        var person = Assert.Single(chosen);
        Assert.StartsWith(person.Name, secondName, StringComparison.Ordinal);
        Assert.Equal("false", picker.Find("#pick").GetAttribute("aria-expanded"));
        Assert.Equal($"{person.Name} vald.", picker.Find("#pick-status").TextContent);
    }

    [Fact]
    public void Escape_ClosesTheListWithoutChoosing_WhenTheListIsOpen()
    {
        IReadOnlyList<Person> chosen = [];
        var picker = Render<PersonPicker>(p => p
            .Add(c => c.Id, "pick")
            .Add(c => c.Label, "Samordnare")
            .Add(c => c.SelectedChanged, (IReadOnlyList<Person> people) => chosen = people));

        picker.Find("#pick").Input("kim");
        picker.Find("#pick").KeyDown("Escape");

        Assert.Equal("false", picker.Find("#pick").GetAttribute("aria-expanded"));
        Assert.Null(picker.Find("#pick").GetAttribute("aria-activedescendant"));
        Assert.Empty(chosen);
    }

    [Fact]
    public void Remove_TakesAChosenPersonAwayAndNamesThemInItsLabel_WhenSeveralAreChosen()
    {
        IReadOnlyList<Person> chosen = [Coordinator, Participant];
        var picker = Render<PersonPicker>(p => p
            .Add(c => c.Id, "pick")
            .Add(c => c.Label, "Deltagare")
            .Add(c => c.Multiple, true)
            .Add(c => c.Selected, chosen)
            .Add(c => c.SelectedChanged, (IReadOnlyList<Person> people) => chosen = people));

        var remove = picker.Find($"#pick-remove-{Coordinator.Id:N}");
        Assert.Equal("Ta bort Kim Samordnare", remove.GetAttribute("aria-label"));
        remove.Click();

        Assert.Equal([Participant], chosen);
    }

    [Fact]
    public void Search_LeavesOutPeopleOfOtherAdministrationsAndTheExcluded_WhenAnAdministrationIsSet()
    {
        var picker = Render<PersonPicker>(p => p
            .Add(c => c.Id, "pick")
            .Add(c => c.Label, "Ny handläggare")
            .Add(c => c.AdministrationId, School)
            .Add(c => c.Exclude, [Facilitator.Id]));

        picker.Find("#pick").Input("example.se");

        var offered = picker.FindAll("[role=option]").Select(o => Normalise(o.TextContent)).ToList();
        Assert.DoesNotContain(offered, o => o.StartsWith(OtherCoordinator.Name, StringComparison.Ordinal));
        Assert.DoesNotContain(offered, o => o.StartsWith(Facilitator.Name, StringComparison.Ordinal));
        Assert.Equal(2, offered.Count);
    }

    private IRenderedComponent<PersonPicker> RenderPicker(bool multiple, string? administrationId) =>
        Render<PersonPicker>(p => p
            .Add(c => c.Id, "pick")
            .Add(c => c.Label, "Person")
            .Add(c => c.Multiple, multiple)
            .Add(c => c.AdministrationId, administrationId));

    private static string Normalise(string text) => string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
}
