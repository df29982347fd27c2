using LabFlow.Activities.Labs;
using LabFlow.Activities.Privacy;
using LabFlow.Host.Authorization;
using LabFlow.Host.Components.Shared;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Authorization;

namespace LabFlow.Host.Components.Pages.Admin;

/// <summary>
/// The person page's erasure part, for an administrator of the person's administration: download their data, and
/// erase them under a decision with a required reason, confirmed in a dialog. The rules are the service's
/// (<see cref="PersonalDataService"/>); this only shows its refusals on the reason field.
/// </summary>
public sealed partial class PersonErasure
{
    private const string ReasonField = "erasure-reason";
    private const string ReasonHint = "erasure-reason-hint";

    private bool _administers;
    private ErasureDecision? _decision;
    private FormErrors _errors = new();
    private string? _reason;
    private bool _confirming;
    private bool _busy;
    private string? _notice;

    [Parameter]
    public Guid PersonId { get; set; }

    [Parameter]
    public string Name { get; set; } = "";

    /// <summary>Called after an erasure, so the page shows the person's new name.</summary>
    [Parameter]
    public EventCallback OnErased { get; set; }

    [CascadingParameter]
    private Task<AuthenticationState>? AuthenticationState { get; set; }

    private IReadOnlyDictionary<string, object> ReasonAttributes => _errors.InputAttributes(ReasonField, ReasonHint);

    private string? ReasonInvalid => _errors.Has(ReasonField) ? "true" : null;

    private PersonalDataService Privacy => ScopedServices.GetRequiredService<PersonalDataService>();

    protected override async Task OnParametersSetAsync()
    {
        var caller = await CallerAsync();
        _administers = await Privacy.AdministersAsync(caller, PersonId, CancellationToken.None);
        _decision = _administers ? await Privacy.GetErasureAsync(caller, PersonId, CancellationToken.None) : null;
    }

    private void AskToErase()
    {
        var errors = new FormErrors();
        if (string.IsNullOrWhiteSpace(_reason))
        {
            errors.Add(ReasonField, InputMessagesRequired());
        }

        _errors = errors;
        _confirming = !errors.Any;
    }

    private async Task EraseAsync()
    {
        if (_busy)
        {
            return;
        }

        _busy = true;
        try
        {
            _decision = await Privacy.EraseAsync(await CallerAsync(), PersonId, _reason, CancellationToken.None);
            _errors = new FormErrors();
            _notice = PrivacyTexts.Erased(_decision.Pseudonym);
            await OnErased.InvokeAsync();
        }
        catch (LabDomainException refused)
        {
            var errors = new FormErrors();
            var message = refused.Fields?.GetValueOrDefault("reason")?.FirstOrDefault() ?? refused.Text;
            errors.Add(refused.Fields?.ContainsKey("reason") == true ? ReasonField : "", message.In(UiText.Language));
            _errors = errors;
        }
        finally
        {
            _busy = false;
            _confirming = false;
        }
    }

    private static string InputMessagesRequired() =>
        Activities.Messages.InputMessages.Required.With(("what", PrivacyTexts.Reason)).In(UiText.Language);

    private async Task<Guid> CallerAsync() => AuthenticationState is null ? Guid.Empty : (await AuthenticationState).User.PersonId();
}
