using System.ComponentModel.DataAnnotations;
using Microsoft.Extensions.Options;

namespace LabFlow.Host.Configuration;

/// <summary>
/// Data-annotation validation for a settings class whose failures read as one sentence naming the setting: messages
/// that already name their setting (<c>LabFlow:…</c>) stay as they are; the framework's default messages get the
/// setting's full key in front.
/// </summary>
internal sealed class DataAnnotationSettingsValidator<TOptions>(string? name, string sectionName) : IValidateOptions<TOptions>
    where TOptions : class
{
    public ValidateOptionsResult Validate(string? optionsName, TOptions options)
    {
        if (name is not null && name != optionsName)
        {
            return ValidateOptionsResult.Skip;
        }

        var results = new List<ValidationResult>();
        if (Validator.TryValidateObject(options, new ValidationContext(options), results, validateAllProperties: true))
        {
            return ValidateOptionsResult.Success;
        }

        return ValidateOptionsResult.Fail(results.Select(Describe));
    }

    private string Describe(ValidationResult result)
    {
        var message = result.ErrorMessage ?? "is not valid.";
        if (message.Contains(sectionName, StringComparison.Ordinal))
        {
            return message;
        }

        var settings = result.MemberNames.Select(member => $"{sectionName}:{member}").ToList();
        return settings.Count == 0 ? $"{sectionName}: {message}" : $"{string.Join(", ", settings)}: {message}";
    }
}
