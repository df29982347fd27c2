using LabFlow.Activities.Attachments;

namespace LabFlow.Host.Components.Tasks;

/// <summary>
/// How a File field of a page's form uploads: the page calls <see cref="AttachmentService"/> for its task or board
/// in its own scope, as the signed-in person. Refusals come back as the service's <c>LabDomainException</c>.
/// </summary>
public delegate Task<Attachment> AttachmentUpload(string fieldKey, string fileName, Stream content, CancellationToken cancellationToken);
