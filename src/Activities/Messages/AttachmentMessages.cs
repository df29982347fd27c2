namespace LabFlow.Activities.Messages;

/// <summary>The refusals of uploaded files (<see cref="Attachments.AttachmentService"/>), each naming the file and what to do.</summary>
public static class AttachmentMessages
{
    public static readonly MessageText NoFile = new(
        "attachment.no_file",
        "Ingen fil kom med. Skicka filen som multipart/form-data med fälten 'field' (filfältets nyckel) och 'file'.",
        "No file came with the request. Send the file as multipart/form-data with the fields 'field' (the file field's key) and 'file'.");

    public static readonly MessageText Empty = new(
        "attachment.empty",
        "Filen '{name}' är tom. Välj filen igen; om den fortfarande är tom, spara den på nytt innan du laddar upp den.",
        "The file '{name}' is empty. Choose the file again; if it is still empty, save it again before uploading it.");

    public static readonly MessageText TooLarge = new(
        "attachment.too_large",
        "Filen '{name}' är större än {max}, som är det största LabFlow tar emot. Gör den mindre (förminska bilden eller spara dokumentet utan inbäddade bilder) och ladda upp den igen.",
        "The file '{name}' is larger than {max}, the most LabFlow takes. Make it smaller (scale the picture down or save the document without embedded pictures) and upload it again.");

    public static readonly MessageText NotAllowed = new(
        "attachment.not_allowed",
        "Filen '{name}' är inte en filtyp som LabFlow tar emot: dess innehåll är inte en bild (JPEG, PNG, WebP, GIF), en PDF eller ett Office-dokument (docx, xlsx, pptx), vad filen än heter. Spara den som en av dessa typer och ladda upp den igen.",
        "The file '{name}' is not a kind of file LabFlow takes: its content is not a picture (JPEG, PNG, WebP, GIF), a PDF or an Office document (docx, xlsx, pptx), whatever its name says. Save it as one of these and upload it again.");

    public static readonly MessageText Heic = new(
        "attachment.heic",
        "Bilden '{name}' är i formatet HEIC, som webbläsare inte kan visa. Skicka den som JPEG: på iPhone, välj Inställningar → Kamera → Format → Mest kompatibel, eller dela bilden som JPEG (i Bilder: Dela → Alternativ → Mest kompatibel), och ladda upp den igen.",
        "The picture '{name}' is in the HEIC format, which browsers cannot show. Send it as JPEG: on an iPhone, choose Settings → Camera → Formats → Most Compatible, or share the picture as JPEG (in Photos: Share → Options → Most Compatible), and upload it again.");

    public static readonly MessageText OldOffice = new(
        "attachment.old_office",
        "Filen '{name}' är ett Office-dokument i det gamla formatet (.doc, .xls, .ppt). Öppna den och spara den som .docx, .xlsx eller .pptx, och ladda upp den igen.",
        "The file '{name}' is an Office document in the old format (.doc, .xls, .ppt). Open it, save it as .docx, .xlsx or .pptx, and upload it again.");

    public static readonly MessageText ZipNotOffice = new(
        "attachment.zip_not_office",
        "Filen '{name}' är ett ZIP-arkiv men inte ett Word-, Excel- eller PowerPoint-dokument. Ladda upp själva dokumentet (sparat som .docx, .xlsx eller .pptx), inte en packad mapp.",
        "The file '{name}' is a ZIP archive but not a Word, Excel or PowerPoint document. Upload the document itself (saved as .docx, .xlsx or .pptx), not a packed folder.");

    public static readonly MessageText Damaged = new(
        "attachment.damaged",
        "Bilden '{name}' går inte att läsa; den kan vara skadad. Öppna den på din enhet, spara den som JPEG eller PNG och ladda upp den igen.",
        "The picture '{name}' cannot be read; it may be damaged. Open it on your device, save it as JPEG or PNG and upload it again.");

    public static readonly MessageText NoFileField = new(
        "attachment.no_file_field",
        "Formuläret har inget filfält som heter '{field}'. Ladda om sidan och välj filen i ett filfält.",
        "The form has no file field named '{field}'. Reload the page and choose the file in a file field.");

    public static readonly MessageText NotYours = new(
        "attachment.not_yours",
        "Du kan inte ladda upp filer till uppgift {taskId}: den är inte din att slutföra, eller den är redan klar.",
        "You cannot upload files to task {taskId}: it is not yours to complete, or it is already done.");

    public static readonly MessageText NotFound = new(
        "attachment.not_found",
        "Fil {attachmentId} finns inte (den kan ha tagits bort). Ladda om sidan.",
        "File {attachmentId} does not exist (it may have been removed). Reload the page.");

    public static readonly MessageText CannotSee = new(
        "attachment.cannot_see",
        "Du kan inte se fil {attachmentId}: bara de som får läsa stegets svar ser dess filer.",
        "You cannot see file {attachmentId}: only those who may read the step's answers see its files.");
}
