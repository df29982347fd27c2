using System.Globalization;
using System.Text.Json.Nodes;
using LabFlow.Activities.Email;
using LabFlow.Activities.Organisation;
using LabFlow.Workflows.ActivityTypes;
using LabFlow.Workflows.Definitions;

namespace LabFlow.Activities.Collections;

/// <summary>The email that tells a collection's participants it opened, with a link straight to its board.</summary>
internal static class CollectionEmails
{
    /// <summary>One email per culture, so each participant reads the title in their own language.</summary>
    /// <param name="opensLater">The day the window opens, when that is after today.</param>
    public static void RequestOpened(
        IActivityContext context, string? labTitle, Guid collectionId, CollectionKind kind, LocalizedText title, DateOnly? opensLater, DateOnly lastDay, IReadOnlyList<Person> participants)
    {
        foreach (var group in participants.Where(p => p.Active).GroupBy(p => p.Culture, StringComparer.Ordinal))
        {
            var culture = CultureInfo.GetCultureInfo(group.Key);
            var model = new JsonObject
            {
                ["kind"] = kind == CollectionKind.Votes ? "votes" : "ideas",
                ["collectionTitle"] = title.Get(culture),
                ["labTitle"] = labTitle,
                ["lastDay"] = lastDay.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
                ["opensDate"] = opensLater?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
                ["linkPath"] = $"collections/{collectionId}",
            };
            context.AddEffect(new EmailRequested(
                Guid.NewGuid(),
                context.InstanceId,
                null,
                EmailTemplates.CollectionOpened,
                [.. group.Select(p => new EmailRecipient(p.Id, p.Email, p.Name, p.Culture))],
                model));
        }
    }
}
