namespace LabFlow.Activities.Attachments;

/// <summary>Decodes uploaded images: a thumbnail for pages, and a copy without metadata (the Host draws with SkiaSharp).</summary>
public interface IAttachmentImages
{
    /// <param name="stripMetadata">Also re-encode the image without its metadata (camera, place, owner), for an anonymous board.</param>
    ImageRendition Render(byte[] content, AttachmentKind kind, bool stripMetadata);
}

/// <summary>What <see cref="IAttachmentImages"/> made of an image.</summary>
/// <param name="Readable">Whether the image could be decoded; a damaged image is refused.</param>
/// <param name="Thumbnail">A small image for pages, or <c>null</c> when none was made.</param>
/// <param name="WithoutMetadata">The image re-encoded without metadata (when asked), or <c>null</c>.</param>
/// <param name="WithoutMetadataKind">The kind of <paramref name="WithoutMetadata"/> (a GIF is re-encoded as PNG).</param>
public sealed record ImageRendition(bool Readable, byte[]? Thumbnail, byte[]? WithoutMetadata = null, AttachmentKind? WithoutMetadataKind = null);

/// <summary>No image decoding (the domain without the Host): every image is taken as it is, without a thumbnail.</summary>
internal sealed class NoAttachmentImages : IAttachmentImages
{
    public ImageRendition Render(byte[] content, AttachmentKind kind, bool stripMetadata) => new(true, null);
}
