using LabFlow.Workflows.Execution;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace LabFlow.Activities.Email;

public static class EmailServiceCollectionExtensions
{
    /// <summary>
    /// The email outbox: rendering, <see cref="IEmailOutbox"/>, the dispatcher of committed <see cref="EmailRequested"/>
    /// effects, the delivery wake-up, and <see cref="InMemoryEmailStore"/> as the default <see cref="IEmailStore"/>
    /// (TryAdd: a database store registered before or after replaces it). Sending is the Host's part.
    /// </summary>
    public static IServiceCollection AddLabFlowEmailOutbox(this IServiceCollection services)
    {
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton(new EmailRenderingOptions());
        services.TryAddSingleton<EmailTemplateRenderer>();
        services.TryAddSingleton(sp => new EmailRows(sp.GetRequiredService<EmailTemplateRenderer>(), sp.GetRequiredService<EmailRenderingOptions>()));
        services.AddLabFlowWaitingEmails();
        services.TryAddScoped<IEmailOutbox, EmailOutbox>();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IWorkflowEffectDispatcher, EmailRequestedDispatcher>());
        return services;
    }

    /// <summary>
    /// <see cref="WaitingEmails"/> with what it needs (the delivery wake-up, and <see cref="InMemoryEmailStore"/> as
    /// the default <see cref="IEmailStore"/>, TryAdd): the people services read the mail server's refusals through it,
    /// also in a host that sends no email.
    /// </summary>
    public static IServiceCollection AddLabFlowWaitingEmails(this IServiceCollection services)
    {
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<EmailDeliverySignal>();
        services.TryAddSingleton<InMemoryEmailStore>();
        services.TryAddSingleton<IEmailStore>(sp => sp.GetRequiredService<InMemoryEmailStore>());
        services.TryAddScoped<WaitingEmails>();
        return services;
    }
}
