using System.Text.Json.Nodes;
using LabFlow.Activities.Collections;
using LabFlow.Activities.Forms;
using LabFlow.Activities.Labs;
using LabFlow.Host.Components.Pages.Labs;
using LabFlow.Host.Components.Shared;
using LabFlow.Host.Components.Tasks;
using Microsoft.AspNetCore.Components;

namespace LabFlow.Host.Components.Pages.Boards;

/// <summary>
/// <c>/collections/{id}</c>: the idea board of a CollectIdeas step or the dot vote of a DotVote step. Participants
/// write ideas or place and move dots while the window is open; those who may manage the lab group, merge and reword
/// ideas and move or close the window. Every command goes to <see cref="CollectionService"/> or
/// <see cref="IdeaBoardService"/>, which decide who may; the page shows what they answer.
/// </summary>
public sealed partial class CollectionPage
{
    private FormDefinition _form = new([]);
    private JsonObject _values = [];
    private FormErrorSet _errors = FormErrorSet.None;
    private LabNotice? _notice;
    private bool _focusNotice;
    private ElementReference _noticeElement;
    // Commands may overlap (a second click reaches the circuit before the first one's render disabled the buttons):
    // the page stays busy until the last one has answered.
    private int _commandsRunning;

    private bool Busy => _commandsRunning > 0;
    private DateOnly? _closes;
    private Guid _formFor;

    private TaskFormContext FormContext => new(_errors, new Dictionary<string, IReadOnlyList<Activities.Organisation.Person>>(), Busy) { Upload = UploadAsync };

    /// <summary>An idea's photo (a File field of the board's form), through the same service as the API's upload.</summary>
    private Task<Activities.Attachments.Attachment> UploadAsync(string fieldKey, string fileName, Stream content, CancellationToken cancellationToken) =>
        WithAsync(services => services.GetRequiredService<Activities.Attachments.AttachmentService>().UploadForIdeaAsync(Id, fieldKey, fileName, content, Me, cancellationToken));

    /// <summary>The files an idea's answers name (its photo), shown as thumbnails on its card.</summary>
    private IEnumerable<Guid> Files(JsonObject answers) =>
        Activities.Attachments.AttachmentAnswers.Files(_form.Fields, answers).Select(f => f.Id);

    protected override async Task OnParametersSetAsync()
    {
        await base.OnParametersSetAsync();
        if (View is { } view && _formFor != view.Id)
        {
            _formFor = view.Id;
            _form = FormDefinitionParser.Parse(view.Form).Form;
            _values = TaskFormValues.FromAnswers(_form.Fields, null);
            // The window closes at the start of the day after its last day; the date input shows that last day.
            _closes = DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(view.ClosesAt.AddTicks(-1), Activities.Time.LabCalendar.Stockholm).DateTime);
        }
    }

    protected override async Task OnAfterRenderAsync(bool firstRender)
    {
        if (_focusNotice && _notice is not null)
        {
            _focusNotice = false;
            await _noticeElement.FocusAsync();
        }
    }

    private static IEnumerable<IGrouping<string?, CollectionIdeaView>> Themes(CollectionView view) =>
        view.Ideas.Where(i => i.MergedIntoId is null)
            .GroupBy(i => i.Theme)
            .OrderBy(g => g.Key is null ? 1 : 0)
            .ThenBy(g => g.Key, StringComparer.CurrentCulture);

    private static List<CollectionIdeaView> Duplicates(CollectionView view, Guid ideaId) =>
        [.. view.Ideas.Where(i => i.MergedIntoId == ideaId)];

    private static IReadOnlyList<(Guid Id, string Headline)> Mergeable(CollectionView view, Guid ideaId) =>
        [.. view.Ideas.Where(i => i.MergedIntoId is null && i.Id != ideaId).Select(i => (i.Id, Headline(i.Answers)))];

    /// <summary>Most dots first once counts show; otherwise the order the ideas came in, so an open vote is not steered.</summary>
    private static IEnumerable<CollectionIdeaView> VoteOrder(CollectionView view) =>
        view.Ideas.Any(i => i.Votes is not null) && !view.IsOpen ? view.Ideas.OrderByDescending(i => i.Votes ?? 0) : view.Ideas;

    private async Task SubmitAsync()
    {
        var answers = TaskFormValues.ToAnswers(_form.Fields, _values);
        await RunAsync(async services =>
        {
            var result = await services.GetRequiredService<CollectionService>().SubmitAsync(Id, Me, answers, CancellationToken.None);
            if (!result.Succeeded)
            {
                _errors = new FormErrorSet(result.Errors);
                return new LabNotice(string.Join(" ", result.Errors.Select(e => e.Message.Get(System.Globalization.CultureInfo.CurrentUICulture))), false);
            }

            _errors = FormErrorSet.None;
            _values = TaskFormValues.FromAnswers(_form.Fields, null);
            return new LabNotice(BoardTexts.IdeaSent, true);
        });
    }

    private Task ThemeAsync(Guid ideaId, string? theme) => RunAsync(async services =>
    {
        await services.GetRequiredService<IdeaBoardService>().SetThemeAsync(Id, ideaId, theme, Me, CancellationToken.None);
        return new LabNotice(BoardTexts.Saved, true);
    });

    private Task MergeAsync(Guid ideaId, Guid? into) => RunAsync(async services =>
    {
        await services.GetRequiredService<IdeaBoardService>().MergeAsync(Id, ideaId, into, Me, CancellationToken.None);
        return new LabNotice(BoardTexts.Saved, true);
    });

    private async Task<bool> EditAsync(Guid ideaId, JsonObject answers)
    {
        var saved = false;
        await RunAsync(async services =>
        {
            var errors = await services.GetRequiredService<IdeaBoardService>().EditAsync(Id, ideaId, answers, Me, CancellationToken.None);
            saved = errors.Count == 0;
            return saved
                ? new LabNotice(BoardTexts.Saved, true)
                : new LabNotice(string.Join(" ", errors.Select(e => e.Message.Get(System.Globalization.CultureInfo.CurrentUICulture))), false);
        });
        return saved;
    }

    private Task ExtendAsync() => RunAsync(async services =>
    {
        if (_closes is not { } closes)
        {
            return new LabNotice(BoardTexts.NewClosingDate, false);
        }

        var closesAt = await services.GetRequiredService<IdeaBoardService>().ExtendAsync(Id, closes, Me, CancellationToken.None);
        return new LabNotice(BoardTexts.Extended(UiText.DateTime(closesAt)), true);
    });

    private Task CloseAsync() => RunAsync(async services =>
    {
        var result = await services.GetRequiredService<CollectionService>().CloseAsync(Id, Me, CancellationToken.None);
        return new LabNotice(result.Outcome == Workflows.Execution.ResumeOutcome.Resumed ? BoardTexts.ClosedNow : result.Message, result.Outcome == Workflows.Execution.ResumeOutcome.Resumed);
    });

    private Task DotAsync(Guid ideaId) => RunAsync(async services =>
    {
        await services.GetRequiredService<CollectionService>().VoteAsync(Id, Me, [ideaId], CancellationToken.None);
        return null;
    });

    private Task UndotAsync(Guid ideaId) => RunAsync(async services =>
    {
        await services.GetRequiredService<CollectionService>().MoveVoteAsync(Id, Me, ideaId, null, CancellationToken.None);
        return null;
    });

    /// <summary>Runs one command, shows what it answered (a refusal in the page's language), and reads the board again.</summary>
    private async Task RunAsync(Func<IServiceProvider, Task<LabNotice?>> command)
    {
        _commandsRunning++;
        try
        {
            _notice = await WithAsync(command);
        }
        catch (LabDomainException exception)
        {
            _notice = new LabNotice((exception.Fields?.Values.SelectMany(m => m).FirstOrDefault() ?? exception.Text).In(UiText.Language), false);
        }
        finally
        {
            _commandsRunning--;
        }

        _focusNotice = _notice is not null;
        await ReadAsync();
    }
}
