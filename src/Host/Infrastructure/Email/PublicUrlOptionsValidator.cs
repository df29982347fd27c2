using Microsoft.Extensions.Options;

namespace LabFlow.Host.Infrastructure.Email;

internal sealed class PublicUrlOptionsValidator : IValidateOptions<PublicUrlOptions>
{
    public ValidateOptionsResult Validate(string? name, PublicUrlOptions options) =>
        Uri.TryCreate(options.PublicBaseUrl, UriKind.Absolute, out var url)
        && (url.Scheme == Uri.UriSchemeHttps || url.Scheme == Uri.UriSchemeHttp)
        && string.IsNullOrEmpty(url.Query) && string.IsNullOrEmpty(url.Fragment)
            ? ValidateOptionsResult.Success
            : ValidateOptionsResult.Fail(
                $"{PublicUrlOptions.SectionName}:PublicBaseUrl must be an absolute http or https URL without query, such as https://labflow.goteborg.se (was '{options.PublicBaseUrl}').");
}
