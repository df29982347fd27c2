using LabFlow.Host.Components.Shared;

namespace LabFlow.Host.Components.Tasks;

/// <summary>Texts of File fields and of files shown with answers, in Swedish and English.</summary>
internal static class AttachmentTexts
{
    public static string Allowed => UiText.Pick(
        "Bild (JPEG, PNG, WebP, GIF), PDF eller Office-dokument (docx, xlsx, pptx).",
        "A picture (JPEG, PNG, WebP, GIF), a PDF or an Office document (docx, xlsx, pptx).");

    public static string Uploading => UiText.Pick("Laddar upp filen …", "Uploading the file …");

    public static string Uploaded(string name) => UiText.Pick($"Uppladdad: {name}", $"Uploaded: {name}");

    public static string Remove => UiText.Pick("Ta bort filen", "Remove the file");

    public static string NoUpload => UiText.Pick("Filer kan laddas upp när formuläret används på riktigt.", "Files can be uploaded when the form is used for real.");

    public static string Download => UiText.Pick("Ladda ner filen", "Download the file");

    public static string ThumbnailAlt => UiText.Pick("Miniatyrbild av den bifogade bilden (öppnas som nedladdning)", "Thumbnail of the attached picture (opens as a download)");
}
