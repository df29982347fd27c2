using System.Text.Json;
using System.Text.Json.Nodes;
using LabFlow.Activities.Attachments;
using LabFlow.Activities.Organisation;

namespace LabFlow.Activities.Reports;

/// <summary>
/// The names of what answers name by id: people (Person fields) and files (File fields, an attachment's id). One
/// lookup for the Word reports and the personal-data export, so both show a file answer by its file name, never the
/// bare id. Only ids found in the answers given are looked up, so a caller that passes only answers its reader may
/// read learns no other name.
/// </summary>
internal static class AnswerNames
{
    public static async Task<IReadOnlyDictionary<Guid, string>> OfAsync(
        IEnumerable<JsonObject?> answers, IDirectory directory, IAttachmentStore? attachments, CancellationToken cancellationToken)
    {
        var ids = new HashSet<Guid>();
        foreach (var answer in answers)
        {
            Collect(answer, ids);
        }

        if (ids.Count == 0)
        {
            return new Dictionary<Guid, string>();
        }

        var names = (await directory.ListPeopleAsync([.. ids], cancellationToken)).ToDictionary(p => p.Id, p => p.Name);
        if (attachments is not null)
        {
            foreach (var file in await attachments.ListAsync(ids, cancellationToken))
            {
                names.TryAdd(file.Id, file.FileName);
            }
        }

        return names;
    }

    private static void Collect(JsonNode? node, HashSet<Guid> ids)
    {
        switch (node)
        {
            case JsonObject obj:
                foreach (var (_, value) in obj)
                {
                    Collect(value, ids);
                }

                break;
            case JsonArray array:
                foreach (var value in array)
                {
                    Collect(value, ids);
                }

                break;
            case JsonValue value when value.GetValueKind() == JsonValueKind.String && Guid.TryParse(value.GetValue<string>(), out var id):
                ids.Add(id);
                break;
        }
    }
}
