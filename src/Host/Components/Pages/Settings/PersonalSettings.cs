using LabFlow.Activities.Notifications;
using LabFlow.Activities.Organisation;
using LabFlow.Activities.Time;
using LabFlow.Host.Components.Shared;
using LabFlow.Host.Infrastructure.Identity;

namespace LabFlow.Host.Components.Pages.Settings;

/// <summary>
/// A person's own settings: their language (stored on the person, so emails follow it), the daily digest
/// (<see cref="INotificationPreferences"/>) and their personal access tokens (<see cref="PersonalAccessTokenService"/>,
/// as <c>/api/v1/account/tokens</c> uses it).
/// </summary>
internal sealed class PersonalSettings(
    IDirectory directory,
    IDirectoryCommands commands,
    INotificationPreferences preferences,
    PersonalAccessTokenService tokens,
    TimeProvider timeProvider)
{
    public const string TokenNameField = "token-name";
    public const string TokenExpiryField = "token-expiry";

    public Task<Person?> FindPersonAsync(Guid personId, CancellationToken cancellationToken) =>
        directory.FindPersonAsync(personId, cancellationToken);

    /// <summary>Stores <paramref name="culture"/> (<c>sv</c> or <c>en</c>; anything else is Swedish) as the person's language.</summary>
    public async Task<string> SetLanguageAsync(Guid personId, string? culture, CancellationToken cancellationToken)
    {
        var language = culture == UiText.English ? UiText.English : UiText.Swedish;
        if (await directory.FindPersonAsync(personId, cancellationToken) is { } person && person.Culture != language)
        {
            await commands.SavePersonAsync(person with { Culture = language }, cancellationToken);
        }

        return language;
    }

    public async Task<bool> GetDailyDigestAsync(Guid personId, CancellationToken cancellationToken) =>
        (await preferences.GetAsync(personId, cancellationToken)).DailyDigest;

    public Task SetDailyDigestAsync(Guid personId, bool dailyDigest, CancellationToken cancellationToken) =>
        preferences.SetAsync(new NotificationPreferences(personId, dailyDigest), cancellationToken);

    public Task<IReadOnlyList<PersonalAccessToken>> ListTokensAsync(Guid personId, CancellationToken cancellationToken) =>
        tokens.ListAsync(personId, cancellationToken);

    /// <summary>
    /// Creates a token that works until the end of <paramref name="validUntil"/> in Stockholm (or until revoked);
    /// <c>null</c> with <paramref name="errors"/> filled when the name or the date is wrong.
    /// </summary>
    public async Task<CreatedPersonalAccessToken?> CreateTokenAsync(Guid personId, string? name, DateOnly? validUntil, FormErrors errors, CancellationToken cancellationToken)
    {
        name = name?.Trim() ?? "";
        if (name.Length is 0 or > PersonalAccessTokenService.MaxNameLength)
        {
            errors.Add(TokenNameField, SettingsTexts.TokenNameRequired(PersonalAccessTokenService.MaxNameLength));
        }

        DateTimeOffset? expiresAt = null;
        if (validUntil is { } date)
        {
            var midnightAfter = date.AddDays(1).ToDateTime(TimeOnly.MinValue);
            expiresAt = new DateTimeOffset(midnightAfter, LabCalendar.Stockholm.GetUtcOffset(midnightAfter));
            if (expiresAt <= timeProvider.GetUtcNow())
            {
                errors.Add(TokenExpiryField, SettingsTexts.TokenExpiryPast);
            }
        }

        if (errors.Any)
        {
            return null;
        }

        var (created, result) = await tokens.CreateAsync(personId, name, expiresAt, cancellationToken);
        if (created is null)
        {
            errors.Add(result.Errors.ContainsKey("expiresAt") ? TokenExpiryField : TokenNameField,
                result.Errors.ContainsKey("expiresAt") ? SettingsTexts.TokenExpiryPast : SettingsTexts.TokenNameRequired(PersonalAccessTokenService.MaxNameLength));
        }

        return created;
    }

    public Task<bool> RevokeTokenAsync(Guid personId, Guid tokenId, CancellationToken cancellationToken) =>
        tokens.RevokeAsync(personId, tokenId, cancellationToken);
}
