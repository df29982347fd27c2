using LabFlow.Activities.Feedback;
using LabFlow.Activities.Labs;
using LabFlow.Host.Authorization;
using LabFlow.Host.Components.Shared;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.Extensions.DependencyInjection;

namespace LabFlow.Host.Components.Feedback;

/// <summary>
/// <c>/flows/{id}/inbox</c>: the flow's improvement suggestions for the project team, filtered by status; each can be
/// given a new status and a reply that <see cref="FeedbackService"/> emails to the suggester.
/// </summary>
public sealed partial class SuggestionInboxPage
{
    private bool _loading = true;
    private bool _forbidden;
    private bool _busy;
    private Guid _me;
    private SuggestionStatus? _filter;
    private List<FlowSuggestion> _suggestions = [];
    private readonly Dictionary<Guid, AnswerForm> _answers = [];
    private string? _notice;
    private string? _refusal;

    [Parameter]
    public string FlowId { get; set; } = string.Empty;

    [CascadingParameter]
    private Task<AuthenticationState>? AuthenticationState { get; set; }

    private FeedbackService Feedback => ScopedServices.GetRequiredService<FeedbackService>();

    protected override async Task OnParametersSetAsync()
    {
        var user = AuthenticationState is null ? new() : (await AuthenticationState).User;
        _me = user.PersonId();
        try
        {
            await LoadAsync();
        }
        catch (LabDomainException refused) when (refused.Code == LabErrors.Forbidden)
        {
            _forbidden = true;
        }

        _loading = false;
    }

    private async Task LoadAsync()
    {
        _suggestions = [.. await Feedback.ListSuggestionsAsync(FlowId, _me, _filter, CancellationToken.None)];
        _answers.Clear();
        foreach (var suggestion in _suggestions)
        {
            _answers[suggestion.Id] = new AnswerForm { Status = suggestion.Status };
        }
    }

    private async Task FilterAsync(ChangeEventArgs change)
    {
        _filter = Enum.TryParse<SuggestionStatus>(change.Value as string, out var status) ? status : null;
        _notice = null;
        await LoadAsync();
    }

    private async Task AnswerAsync(Guid suggestionId)
    {
        var answer = _answers[suggestionId];
        _busy = true;
        _notice = null;
        _refusal = null;
        answer.Error = null;
        try
        {
            await Feedback.AnswerAsync(FlowId, suggestionId, _me, answer.Status, answer.Reply, CancellationToken.None);
            await LoadAsync();
            _notice = FeedbackTexts.AnswerSaved;
        }
        catch (LabDomainException refused)
        {
            if (refused.FieldErrorsIn(UiText.Language) is { } fields && fields.TryGetValue("reply", out var messages))
            {
                answer.Error = string.Join(" ", messages);
            }
            else
            {
                _refusal = refused.Text.In(UiText.Language);
            }
        }
        finally
        {
            _busy = false;
        }
    }

    /// <summary>What the designer has chosen for one suggestion, before saving.</summary>
    private sealed class AnswerForm
    {
        public SuggestionStatus Status { get; set; }

        public string? Reply { get; set; }

        public string? Error { get; set; }
    }
}
