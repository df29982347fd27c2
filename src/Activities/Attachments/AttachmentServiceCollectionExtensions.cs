using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace LabFlow.Activities.Attachments;

public static class AttachmentServiceCollectionExtensions
{
    /// <summary>Uploaded files with the default limit, in memory and without thumbnails (TryAdd: infrastructure registered before replaces them).</summary>
    public static IServiceCollection AddAttachments(this IServiceCollection services)
    {
        services.TryAddScoped<AttachmentService>();
        services.TryAddScoped<AttachmentAnswers>();
        services.TryAddSingleton(new AttachmentOptions());
        services.TryAddSingleton<IAttachmentImages, NoAttachmentImages>();
        services.TryAddSingleton<InMemoryAttachmentStore>();
        services.TryAddSingleton<IAttachmentStore>(sp => sp.GetRequiredService<InMemoryAttachmentStore>());
        return services;
    }
}
