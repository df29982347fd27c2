using LabFlow.Activities.Email;
using LabFlow.Host.Infrastructure.Scheduling;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using MimeKit;

namespace LabFlow.Host.Infrastructure.Email;

internal static class EmailHostingExtensions
{
    /// <summary>
    /// Email: the outbox (<see cref="IEmailOutbox"/>, the <see cref="EmailRequested"/> dispatcher, the in-memory
    /// <see cref="IEmailStore"/> until a database store replaces it), the sender (MailKit over SMTP when
    /// <c>LabFlow:Email:SmtpHost</c> is set, else the pickup folder), <see cref="EmailDeliveryService"/> and its
    /// background loop. Settings <c>LabFlow:Email</c> and <c>LabFlow:PublicBaseUrl</c> are checked at start-up.
    /// </summary>
    public static IServiceCollection AddLabFlowEmail(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<EmailOptions>().Bind(configuration.GetSection(EmailOptions.SectionName)).ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<EmailOptions>, EmailOptionsValidator>());
        services.AddOptions<PublicUrlOptions>().Bind(configuration.GetSection(PublicUrlOptions.SectionName)).ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<PublicUrlOptions>, PublicUrlOptionsValidator>());

        services.TryAddSingleton(sp =>
        {
            var email = sp.GetRequiredService<IOptions<EmailOptions>>().Value;
            return new EmailRenderingOptions
            {
                PublicBaseUrl = sp.GetRequiredService<IOptions<PublicUrlOptions>>().Value.ToUri(),
                OrganizerAddress = MailboxAddress.Parse(email.FromAddress).Address,
                OrganizerName = email.FromName,
            };
        });
        services.AddLabFlowEmailOutbox();

        services.TryAddSingleton<MailKitEmailSender>();
        services.TryAddSingleton<PickupFolderEmailSender>();
        services.TryAddSingleton<IEmailSender>(sp =>
            string.IsNullOrWhiteSpace(sp.GetRequiredService<IOptions<EmailOptions>>().Value.SmtpHost)
                ? sp.GetRequiredService<PickupFolderEmailSender>()
                : sp.GetRequiredService<MailKitEmailSender>());
        services.TryAddSingleton<EmailDeliveryService>();
        services.AddHostedService<EmailDeliveryBackgroundService>();
        services.AddLabFlowRecurringJob<EmailDeliveryJob>();
        return services;
    }
}
