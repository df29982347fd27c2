using LabFlow.Activities.Attachments;
using Microsoft.Extensions.DependencyInjection;

namespace LabFlow.Host.Components.Tasks;

/// <summary>Uploading a File field's file, through the same service as the API's upload.</summary>
public sealed partial class TaskPage
{
    private Task<Attachment> UploadAsync(string fieldKey, string fileName, Stream content, CancellationToken cancellationToken) =>
        ScopedServices.GetRequiredService<AttachmentService>().UploadForTaskAsync(TaskId, fieldKey, fileName, content, _me, cancellationToken);
}
