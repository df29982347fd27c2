using System.Net.Http.Headers;
using SkiaSharp;

namespace LabFlow.Host.Tests.Attachments;

/// <summary>Real pictures drawn with SkiaSharp, and the multipart body the upload endpoints take.</summary>
internal static class TestPictures
{
    public static byte[] Png(int width = 64, int height = 48) => Draw(width, height, SKEncodedImageFormat.Png);

    public static byte[] Jpeg(int width = 640, int height = 480) => Draw(width, height, SKEncodedImageFormat.Jpeg);

    /// <summary>A multipart body with the File field's key and the file, sent with a content type that claims a picture.</summary>
    public static MultipartFormDataContent Upload(string field, string fileName, byte[] content, string claimedType = "image/png")
    {
        var file = new ByteArrayContent(content);
        file.Headers.ContentType = new MediaTypeHeaderValue(claimedType);
        return new MultipartFormDataContent { { new StringContent(field), "field" }, { file, "file", fileName } };
    }

    private static byte[] Draw(int width, int height, SKEncodedImageFormat format)
    {
        using var bitmap = new SKBitmap(width, height);
        using (var canvas = new SKCanvas(bitmap))
        {
            canvas.Clear(SKColors.White);
            using var paint = new SKPaint { Color = SKColors.SteelBlue };
            canvas.DrawRect(width / 4f, height / 4f, width / 2f, height / 2f, paint);
        }

        using var image = SKImage.FromBitmap(bitmap);
        using var data = image.Encode(format, 90);
        return data.ToArray();
    }
}
