using LabFlow.Host.Components.Shared;
using LabFlow.Host.Infrastructure.Identity;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace LabFlow.Host.Components.Account;

/// <summary>
/// LabFlow's password rules (Identity's options) explained, and a chosen password checked against Identity's own
/// validators, with each broken rule said in the page's language (Identity's descriptions are English only).
/// </summary>
internal sealed class PasswordRules(UserManager<LabFlowUser> users, IOptions<IdentityOptions> options)
{
    public string Explanation => AccountTexts.PasswordRules(options.Value.Password.RequiredLength, options.Value.Password.RequiredUniqueChars);

    /// <summary>Adds an error for <paramref name="passwordField"/> and <paramref name="confirmField"/> to <paramref name="errors"/> for each rule broken.</summary>
    public async Task CheckAsync(string? password, string? confirmation, string passwordField, string confirmField, FormErrors errors)
    {
        if (string.IsNullOrEmpty(password))
        {
            errors.Add(passwordField, AccountTexts.ChoosePassword, nameof(NewPasswordInput.Password));
            return;
        }

        var codes = new List<string>();
        foreach (var validator in users.PasswordValidators)
        {
            codes.AddRange((await validator.ValidateAsync(users, new LabFlowUser(), password)).Errors.Select(e => e.Code));
        }

        foreach (var code in codes.Distinct(StringComparer.Ordinal))
        {
            errors.Add(
                passwordField,
                code switch
                {
                    nameof(IdentityErrorDescriber.PasswordTooShort) => AccountTexts.PasswordTooShort(options.Value.Password.RequiredLength),
                    nameof(IdentityErrorDescriber.PasswordRequiresUniqueChars) => AccountTexts.PasswordTooFewUnique(options.Value.Password.RequiredUniqueChars),
                    _ => AccountTexts.PasswordNotAccepted,
                },
                nameof(NewPasswordInput.Password));
        }

        if (!errors.Has(passwordField) && !string.Equals(password, confirmation, StringComparison.Ordinal))
        {
            errors.Add(confirmField, AccountTexts.PasswordsDiffer, nameof(NewPasswordInput.Confirmation));
        }
    }
}
