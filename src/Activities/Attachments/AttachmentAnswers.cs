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
            Visit(fields, answers, string.Empty, (path, field, _, id) => found.Add((path, field, id)));
        }

        return found;
    }

    /// <summary>
    /// A copy of <paramref name="answers"/> in which each File answer is its file's name from <paramref name="names"/>
    /// (<see cref="Reports.AnswerNames"/>), as the Word reports show it; a file not there keeps its id.
    /// </summary>
    public static JsonObject WithFileNames(JsonArray? form, JsonObject answers, IReadOnlyDictionary<Guid, string> names)
    {
        ArgumentNullException.ThrowIfNull(answers);
        var named = (JsonObject)answers.DeepClone();
        Visit(FormDefinitionParser.Parse(form).Form.Fields, named, string.Empty, (_, field, holder, id) =>
        {
            if (names.TryGetValue(id, out var name))
            {
                holder[field] = name;
            }
        });
        return named;
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

    /// <summary>Calls <paramref name="file"/> with the path, field key, holding object and id of each File answer, at any depth.</summary>
    private static void Visit(IReadOnlyList<FormField> fields, JsonObject answers, string path, Action<string, string, JsonObject, Guid> file)
    {
        foreach (var field in fields)
        {
            var fieldPath = FormPath.Property(path, field.Key);
            switch (field.Type, answers[field.Key])
            {
                case (FormFieldType.File, JsonValue value) when FormJson.TryGetString(value, out var text) && Guid.TryParse(text, out var id):
                    file(fieldPath, field.Key, answers, id);
                    break;
                case (FormFieldType.Group, JsonArray rows):
                    for (var i = 0; i < rows.Count; i++)
                    {
                        if (rows[i] is JsonObject row)
                        {
                            Visit(field.Fields, row, FormPath.Index(fieldPath, i), file);
                        }
                    }

                    break;
                case (FormFieldType.Section, JsonObject section):
                    Visit(field.Fields, section, fieldPath, file);
                    break;
            }
        }
    }
}
