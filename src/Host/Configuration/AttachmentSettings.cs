using LabFlow.Activities.Attachments;
using LabFlow.Host.Infrastructure.Attachments;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace LabFlow.Host.Configuration;

internal static class AttachmentSettings
{
    /// <summary>
    /// The upload limit from <c>LabFlow:Attachments</c> (checked at start-up), and SkiaSharp thumbnails, in place of the
    /// domain's defaults (the database store is registered with the other domain stores). The pages' upload (InputFile) streams in chunks within SignalR's
    /// message limit and is opened for the file's size, so the service's limit is the only one; the API raises the
    /// request body limit to it per upload.
    /// </summary>
    public static IServiceCollection AddAttachmentSettings(this IServiceCollection services)
    {
        services.AddOptions<AttachmentOptions>()
            .BindConfiguration(AttachmentOptions.SectionName)
            .ValidateSettings(AttachmentOptions.SectionName);
        services.RemoveAll<AttachmentOptions>().AddSingleton(sp => sp.GetRequiredService<IOptions<AttachmentOptions>>().Value);
        services.RemoveAll<IAttachmentImages>().AddSingleton<IAttachmentImages, SkiaAttachmentImages>();
        return services;
    }
}
