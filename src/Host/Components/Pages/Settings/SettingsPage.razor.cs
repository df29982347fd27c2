using LabFlow.Host.Authorization;
using LabFlow.Host.Components.Shared;
using LabFlow.Host.Infrastructure.Identity;
using LabFlow.Workflows.Execution;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Authorization;

namespace LabFlow.Host.Components.Pages.Settings;

/// <summary>
/// Every signed-in person's own settings: language, the daily digest and personal access tokens. A new token is
/// held only in this component to show it once; it is never logged, stored in clear or shown again. As in the
/// account API, only a cookie sign-in creates tokens, so a leaked token cannot mint more of itself.
/// </summary>
public sealed partial class SettingsPage
{
    private Guid _me;
    private bool _noPerson;
    private bool _signedInWithToken;
    private string _language = UiText.Swedish;
    private bool _digest;
    private IReadOnlyList<PersonalAccessToken> _tokens = [];
    private CreatedPersonalAccessToken? _created;
    private ElementReference _createdElement;
    private bool _focusCreated;
    private string? _tokenName;
    private DateOnly? _tokenExpiry;
    private FormErrors _tokenErrors = new();
    private Guid? _revoking;
    private bool _busy;
    private string? _notice;

    [CascadingParameter]
    private Task<AuthenticationState>? AuthenticationState { get; set; }

    [SupplyParameterFromQuery(Name = "saved")]
    public string? Saved { get; set; }

    private PersonalSettings Settings => ActivatorUtilities.GetServiceOrCreateInstance<PersonalSettings>(ScopedServices);

    protected override async Task OnInitializedAsync()
    {
        var user = AuthenticationState is null ? new System.Security.Claims.ClaimsPrincipal() : (await AuthenticationState).User;
        try
        {
            _me = user.PersonId();
        }
        catch (WorkflowException)
        {
            _noPerson = true;
            return;
        }

        _signedInWithToken = user.HasClaim(c => c.Type == LabFlowClaimTypes.TokenId);
        _language = (await Settings.FindPersonAsync(_me, CancellationToken.None))?.Culture ?? UiText.Language;
        _digest = await Settings.GetDailyDigestAsync(_me, CancellationToken.None);
        _tokens = await Settings.ListTokensAsync(_me, CancellationToken.None);
        _notice = Saved == "language" ? SettingsTexts.LanguageSaved : null;
    }

    protected override async Task OnAfterRenderAsync(bool firstRender)
    {
        if (_focusCreated && _created is not null)
        {
            _focusCreated = false;
            await _createdElement.FocusAsync();
        }
    }

    private async Task SaveDigestAsync() => await RunAsync(async () =>
    {
        await Settings.SetDailyDigestAsync(_me, _digest, CancellationToken.None);
        _notice = _digest ? SettingsTexts.DigestOn : SettingsTexts.DigestOff;
    });

    private async Task CreateTokenAsync() => await RunAsync(async () =>
    {
        _created = null;
        if (_signedInWithToken)
        {
            return;
        }

        var errors = new FormErrors();
        var created = await Settings.CreateTokenAsync(_me, _tokenName, _tokenExpiry, errors, CancellationToken.None);
        // The typed values stay when the form is refused.
        _tokenErrors = errors;
        if (created is not null)
        {
            _created = created;
            _focusCreated = true;
            _tokenName = null;
            _tokenExpiry = null;
            _tokens = await Settings.ListTokensAsync(_me, CancellationToken.None);
        }
    });

    private async Task RevokeAsync(PersonalAccessToken token) => await RunAsync(async () =>
    {
        await Settings.RevokeTokenAsync(_me, token.Id, CancellationToken.None);
        _revoking = null;
        if (_created?.Info.Id == token.Id)
        {
            _created = null;
        }

        _tokens = await Settings.ListTokensAsync(_me, CancellationToken.None);
        _notice = SettingsTexts.Revoked(token.Name);
    });

    private async Task RunAsync(Func<Task> action)
    {
        if (_busy)
        {
            return;
        }

        _busy = true;
        _notice = null;
        try
        {
            await action();
        }
        finally
        {
            _busy = false;
        }
    }

    private IReadOnlyDictionary<string, object> NameAttributes => _tokenErrors.InputAttributes(PersonalSettings.TokenNameField, "token-name-hint");

    private IReadOnlyDictionary<string, object> ExpiryAttributes => _tokenErrors.InputAttributes(PersonalSettings.TokenExpiryField, "token-expiry-hint");

    private string? Invalid(string fieldId) => _tokenErrors.Has(fieldId) ? "true" : null;
}
