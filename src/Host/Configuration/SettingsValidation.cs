using Microsoft.Extensions.Options;

namespace LabFlow.Host.Configuration;

internal static class SettingsValidation
{
    /// <summary>
    /// Validates the settings' data annotations (and <see cref="System.ComponentModel.DataAnnotations.IValidatableObject"/>)
    /// at start-up, reporting each failure as one sentence that names the setting, instead of the framework's
    /// "DataAnnotation validation failed for … members: …" wrapping.
    /// </summary>
    public static OptionsBuilder<TOptions> ValidateSettings<TOptions>(this OptionsBuilder<TOptions> builder, string sectionName)
        where TOptions : class
    {
        builder.Services.AddSingleton<IValidateOptions<TOptions>>(new DataAnnotationSettingsValidator<TOptions>(builder.Name, sectionName));
        return builder.ValidateOnStart();
    }
}
