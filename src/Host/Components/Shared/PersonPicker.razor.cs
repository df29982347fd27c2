using LabFlow.Activities.Labs;
using LabFlow.Activities.Organisation;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Web;
using Microsoft.Extensions.DependencyInjection;

namespace LabFlow.Host.Components.Shared;

/// <summary>
/// Chooses one person or several by searching the directory (<see cref="IDirectory.SearchPeopleAsync"/>) by name or
/// email, so a form scales to an administration of hundreds instead of listing everyone. Only active people are
/// offered, from <see cref="AdministrationId"/> when it is set. The component owns its scope, so two pickers on a page
/// never share a database context.
/// </summary>
public sealed partial class PersonPicker
{
    /// <summary>How many matches the list shows; typing more narrows it.</summary>
    public const int MaxOptions = 8;

    /// <summary>Names no form, so the input belongs to none and Enter in it never submits the page's form.</summary>
    private const string NoForm = "person-picker-no-form";

    private string _text = string.Empty;
    private List<Person> _options = [];
    private int _active = -1;
    private string _status = string.Empty;
    private int _searches;

    /// <summary>The input's id; the label, list and options derive theirs from it.</summary>
    [Parameter, EditorRequired]
    public string Id { get; set; } = default!;

    [Parameter, EditorRequired]
    public string Label { get; set; } = default!;

    [Parameter]
    public string? Hint { get; set; }

    /// <summary>Further ids the input is described by (a field's error message).</summary>
    [Parameter]
    public string? DescribedBy { get; set; }

    [Parameter]
    public bool Invalid { get; set; }

    /// <summary>While the form is being sent the input waits.</summary>
    [Parameter]
    public bool Disabled { get; set; }

    /// <summary>Whether several people can be chosen (shown as a list with remove buttons); one otherwise.</summary>
    [Parameter]
    public bool Multiple { get; set; }

    /// <summary>
    /// Where the people come from: a service that decides whom the signed-in person may pick here (the lab's people,
    /// those an administrator may name). Without it, the directory's active people (of <see cref="AdministrationId"/>).
    /// </summary>
    [Parameter]
    public Func<string, CancellationToken, Task<IReadOnlyList<Person>>>? Search { get; set; }

    /// <summary>Only members of this administration, when set (without <see cref="Search"/>).</summary>
    [Parameter]
    public string? AdministrationId { get; set; }

    /// <summary>People never offered (the current assignee of a task being reassigned).</summary>
    [Parameter]
    public IReadOnlyCollection<Guid> Exclude { get; set; } = [];

    [Parameter]
    public IReadOnlyList<Person> Selected { get; set; } = [];

    [Parameter]
    public EventCallback<IReadOnlyList<Person>> SelectedChanged { get; set; }

    private bool IsOpen => _options.Count > 0;

    private string ListId => $"{Id}-options";

    private string? ActiveDescendant => IsOpen && _active >= 0 ? OptionId(_active) : null;

    private string? DescribedByIds => string.Join(' ', new[] { Hint is null ? null : $"{Id}-hint", DescribedBy }.Where(s => s is not null)) is { Length: > 0 } ids ? ids : null;

    private string OptionId(int index) => $"{Id}-option-{index}";

    protected override void OnParametersSet()
    {
        if (!Multiple && Selected.Count == 1 && _options.Count == 0)
        {
            _text = Selected[0].Name;
        }
    }

    private async Task OnInputAsync(ChangeEventArgs change)
    {
        _text = change.Value as string ?? string.Empty;
        if (!Multiple && Selected.Count == 1 && !string.Equals(_text, Selected[0].Name, StringComparison.Ordinal))
        {
            // Editing the chosen name means choosing again: a form must not send the person no longer shown.
            Selected = [];
            await SelectedChanged.InvokeAsync(Selected);
        }

        await SearchAsync();
    }

    private async Task SearchAsync()
    {
        // A slower earlier search must not overwrite the answer to what was typed since.
        var search = ++_searches;
        var text = _text.Trim();
        if (text.Length == 0)
        {
            Close();
            return;
        }

        IReadOnlyList<Person> found;
        try
        {
            found = Search is null
                ? [.. (await ScopedServices.GetRequiredService<IDirectory>().SearchPeopleAsync(
                    new PeopleQuery(text, string.IsNullOrEmpty(AdministrationId) ? null : AdministrationId),
                    MaxOptions + Selected.Count + Exclude.Count,
                    CancellationToken.None)).Select(s => s.Person)]
                : await Search(text, CancellationToken.None);
        }
        catch (LabDomainException exception)
        {
            // The service refused the search (no right to pick here): say why instead of offering nobody silently.
            Close();
            _status = exception.Text.In(UiText.Language);
            return;
        }

        if (search != _searches)
        {
            return;
        }

        var taken = Selected.Select(p => p.Id).Concat(Exclude).ToHashSet();
        _options = [.. found.Where(p => p.Active && !taken.Contains(p.Id)).Take(MaxOptions)];
        _active = _options.Count > 0 ? 0 : -1;
        _status = PickerTexts.Matches(_options.Count);
    }

    private async Task OnKeyDownAsync(KeyboardEventArgs key)
    {
        switch (key.Key)
        {
            case "ArrowDown" when IsOpen:
                _active = (_active + 1) % _options.Count;
                break;
            case "ArrowUp" when IsOpen:
                _active = (_active - 1 + _options.Count) % _options.Count;
                break;
            case "ArrowDown":
                await SearchAsync();
                break;
            case "Enter" when IsOpen && _active >= 0:
                await ChooseAsync(_options[_active]);
                break;
            case "Escape":
                Close();
                break;
        }
    }

    private async Task ChooseAsync(Person person)
    {
        var selected = Multiple ? [.. Selected.Where(p => p.Id != person.Id), person] : new List<Person> { person };
        _text = Multiple ? string.Empty : person.Name;
        Close();
        _status = PickerTexts.Chose(person.Name);
        Selected = selected;
        await SelectedChanged.InvokeAsync(selected);
    }

    private async Task RemoveAsync(Person person)
    {
        var selected = Selected.Where(p => p.Id != person.Id).ToList();
        _status = PickerTexts.Removed(person.Name);
        Selected = selected;
        await SelectedChanged.InvokeAsync(selected);
    }

    private void Close()
    {
        _options = [];
        _active = -1;
    }
}
