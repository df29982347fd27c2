using LabFlow.Activities.Attachments;
using SkiaSharp;

namespace LabFlow.Host.Infrastructure.Attachments;

/// <summary>
/// Thumbnails and metadata-free copies of uploaded pictures, drawn with SkiaSharp (the same native library as the
/// reports' charts). A picture is turned upright by its EXIF orientation, so a phone photo's thumbnail is not on its side.
/// </summary>
internal sealed class SkiaAttachmentImages : IAttachmentImages
{
    /// <summary>The longest side of a thumbnail, in pixels.</summary>
    public const int ThumbnailSide = 320;

    /// <summary>Pictures with more pixels are kept without a thumbnail rather than decoded (a "decompression bomb" guard).</summary>
    private const long MaxPixels = 80_000_000;

    public ImageRendition Render(byte[] content, AttachmentKind kind, bool stripMetadata)
    {
        using var data = SKData.CreateCopy(content);
        using var codec = SKCodec.Create(data);
        if (codec is null)
        {
            return new ImageRendition(false, null);
        }

        if ((long)codec.Info.Width * codec.Info.Height > MaxPixels)
        {
            return new ImageRendition(!stripMetadata, null);
        }

        using var decoded = SKBitmap.Decode(codec);
        if (decoded is null)
        {
            return new ImageRendition(false, null);
        }

        using var upright = Upright(decoded, codec.EncodedOrigin);
        var thumbnail = Encode(Scaled(upright, ThumbnailSide), kind == AttachmentKind.Jpeg ? SKEncodedImageFormat.Jpeg : SKEncodedImageFormat.Png, dispose: true);
        if (!stripMetadata)
        {
            return new ImageRendition(true, thumbnail);
        }

        // Skia writes no metadata: the re-encoded picture carries neither camera, place nor owner.
        var (format, cleanedKind) = kind switch
        {
            AttachmentKind.Jpeg => (SKEncodedImageFormat.Jpeg, AttachmentKind.Jpeg),
            AttachmentKind.WebP => (SKEncodedImageFormat.Webp, AttachmentKind.WebP),
            _ => (SKEncodedImageFormat.Png, AttachmentKind.Png),
        };
        return new ImageRendition(true, thumbnail, Encode(upright, format, dispose: false), cleanedKind);
    }

    private static SKBitmap Scaled(SKBitmap bitmap, int side)
    {
        var scale = Math.Min(1.0, (double)side / Math.Max(bitmap.Width, bitmap.Height));
        var info = new SKImageInfo(Math.Max(1, (int)Math.Round(bitmap.Width * scale)), Math.Max(1, (int)Math.Round(bitmap.Height * scale)));
        return bitmap.Resize(info, new SKSamplingOptions(SKFilterMode.Linear, SKMipmapMode.Linear)) ?? bitmap.Copy();
    }

    private static byte[] Encode(SKBitmap bitmap, SKEncodedImageFormat format, bool dispose)
    {
        try
        {
            using var image = SKImage.FromBitmap(bitmap);
            using var encoded = image.Encode(format, 85);
            return encoded.ToArray();
        }
        finally
        {
            if (dispose)
            {
                bitmap.Dispose();
            }
        }
    }

    /// <summary>The bitmap turned as its EXIF orientation says (a copy; the common rotations only, mirrored ones as they are).</summary>
    private static SKBitmap Upright(SKBitmap bitmap, SKEncodedOrigin origin)
    {
        var degrees = origin switch
        {
            SKEncodedOrigin.BottomRight => 180,
            SKEncodedOrigin.RightTop => 90,
            SKEncodedOrigin.LeftBottom => 270,
            _ => 0,
        };
        if (degrees == 0)
        {
            return bitmap.Copy();
        }

        var swap = degrees != 180;
        var turned = new SKBitmap(swap ? bitmap.Height : bitmap.Width, swap ? bitmap.Width : bitmap.Height);
        using var canvas = new SKCanvas(turned);
        canvas.Translate(turned.Width / 2f, turned.Height / 2f);
        canvas.RotateDegrees(degrees);
        canvas.Translate(-bitmap.Width / 2f, -bitmap.Height / 2f);
        canvas.DrawBitmap(bitmap, 0, 0);
        return turned;
    }
}
