using System.Text.Json.Nodes;
using LabFlow.Activities.Forms;

namespace LabFlow.Activities.Attachments;

/// <summary>
/// The files a form's answers name, and the check that each was uploaded for that field of that task or board (so an
/// answer cannot point at someone else's file to read it).
/// </summary>
public sealed class AttachmentAnswers(IAttachmentStore store)
{
    /// <summary>Every File answer in <paramref name="answers"/>, with its path and the key of its field.</summary>
    public static IReadOnlyList<(string Path, string FieldKey, Guid Id)> Files(IReadOnlyList<FormField> fields, JsonObject? answers)
    {
        var found = new List<(string, string, Guid)>();
        if (answers is not null)
        {
            Collect(fields, answers, string.Empty, found);
        }

        return found;
    }

    /// <summary>Whether the answers name <paramref name="attachmentId"/> in a File field.</summary>
    public static bool Names(JsonArray? form, JsonObject? answers, Guid attachmentId) =>
        answers is not null && Files(FormDefinitionParser.Parse(form).Form.Fields, answers).Any(f => f.Id == attachmentId);

    /// <summary>
    /// An <see cref="FormErrorCodes.UnknownFile"/> error for each File answer that is not a file uploaded for that field of
    /// the task (<paramref name="taskId"/>) or, for a board, of the board by <paramref name="personId"/>.
    /// </summary>
    public async Task<IReadOnlyList<FormError>> FindWrongAsync(
        FormDefinition form, JsonObject answers, Guid? taskId, Guid? collectionId, Guid personId, CancellationToken cancellationToken)
    {
        var files = Files(form.Fields, answers);
        if (files.Count == 0)
        {
            return [];
        }

        var stored = (await store.ListAsync([.. files.Select(f => f.Id)], cancellationToken)).ToDictionary(a => a.Id);
        return
        [
            .. files
                .Where(f => !stored.TryGetValue(f.Id, out var file)
                    || file.FieldKey != f.FieldKey
                    || (taskId is not null ? file.TaskId != taskId : file.CollectionId != collectionId || file.UploaderId != personId))
                .Select(f => new FormError(f.Path, FormErrorCodes.UnknownFile, FormMessages.UnknownFile())),
        ];
    }

    private static void Collect(IReadOnlyList<FormField> fields, JsonObject answers, string path, List<(string, string, Guid)> found)
    {
        foreach (var field in fields)
        {
            var fieldPath = FormPath.Property(path, field.Key);
            switch (field.Type, answers[field.Key])
            {
                case (FormFieldType.File, JsonValue value) when FormJson.TryGetString(value, out var text) && Guid.TryParse(text, out var id):
                    found.Add((fieldPath, field.Key, id));
                    break;
                case (FormFieldType.Group, JsonArray rows):
                    for (var i = 0; i < rows.Count; i++)
                    {
                        if (rows[i] is JsonObject row)
                        {
                            Collect(field.Fields, row, FormPath.Index(fieldPath, i), found);
                        }
                    }

                    break;
                case (FormFieldType.Section, JsonObject section):
                    Collect(field.Fields, section, fieldPath, found);
                    break;
            }
        }
    }
}
