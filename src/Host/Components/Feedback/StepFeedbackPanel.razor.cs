using LabFlow.Activities.Feedback;
using LabFlow.Activities.Labs;
using LabFlow.Host.Components.Shared;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.DependencyInjection;

namespace LabFlow.Host.Components.Feedback;

/// <summary>
/// The task page's feedback section: the person's rating of the step (shown again, changeable) and a suggestion for
/// the flow. It calls <see cref="FeedbackService"/> as the API does; its refusals show in the page's language.
/// </summary>
public sealed partial class StepFeedbackPanel
{
    private StepFeedback? _earlier;
    private int? _rating;
    private string? _worked;
    private string? _didNotWork;
    private string? _suggestion;
    private string? _feedbackNotice;
    private string? _suggestionNotice;
    private bool _busy;
    private string? _refusal;
    private Dictionary<string, string[]> _errors = new(StringComparer.Ordinal);

    [Parameter, EditorRequired]
    public Guid TaskId { get; set; }

    /// <summary>The signed-in person.</summary>
    [Parameter, EditorRequired]
    public Guid Me { get; set; }

    private FeedbackService Feedback => ScopedServices.GetRequiredService<FeedbackService>();

    protected override async Task OnParametersSetAsync()
    {
        _earlier = (await Feedback.ListForTaskAsync(TaskId, Me, CancellationToken.None)).FirstOrDefault(f => f.PersonId == Me);
        if (_earlier is { } earlier)
        {
            _rating = earlier.Rating;
            _worked = earlier.Worked;
            _didNotWork = earlier.DidNotWork;
        }
    }

    private string? Error(string field) => _errors.TryGetValue(field, out var messages) ? string.Join(" ", messages) : null;

    private async Task SaveFeedbackAsync()
    {
        _feedbackNotice = null;
        if (await RunAsync(async () => _earlier = await Feedback.GiveAsync(TaskId, Me, new StepFeedbackInput(_rating ?? 0, _worked, _didNotWork), CancellationToken.None)))
        {
            _feedbackNotice = FeedbackTexts.FeedbackSaved;
        }
    }

    private async Task SuggestAsync()
    {
        _suggestionNotice = null;
        if (await RunAsync(() => Feedback.SuggestAsync(TaskId, Me, _suggestion, CancellationToken.None)))
        {
            _suggestion = null;
            _suggestionNotice = FeedbackTexts.SuggestionSent;
        }
    }

    /// <summary>Runs a command; a refusal's field errors show beside the fields, any other refusal above them.</summary>
    private async Task<bool> RunAsync(Func<Task> command)
    {
        _busy = true;
        _errors = new(StringComparer.Ordinal);
        _refusal = null;
        try
        {
            await command();
            return true;
        }
        catch (LabDomainException refused)
        {
            if (refused.FieldErrorsIn(UiText.Language) is { } fields)
            {
                _errors = fields;
            }
            else
            {
                _refusal = refused.Text.In(UiText.Language);
            }

            return false;
        }
        finally
        {
            _busy = false;
        }
    }
}
