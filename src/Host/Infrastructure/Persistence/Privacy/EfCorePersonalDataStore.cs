using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using LabFlow.Activities.Email;
using LabFlow.Activities.Organisation;
using LabFlow.Activities.Privacy;
using LabFlow.Host.Infrastructure.Identity;
using LabFlow.Host.Infrastructure.Persistence.Domain;
using LabFlow.Host.Infrastructure.Persistence.Domain.Collections;
using LabFlow.Host.Infrastructure.Persistence.Domain.Email;
using LabFlow.Host.Infrastructure.Persistence.Domain.Labs;
using LabFlow.Host.Infrastructure.Persistence.Domain.Organisation;
using LabFlow.Host.Infrastructure.Persistence.Domain.Tasks;
using LabFlow.Host.Infrastructure.Persistence.Notifications;
using LabFlow.Host.Infrastructure.Persistence.Rows;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;

namespace LabFlow.Host.Infrastructure.Persistence.Privacy;

/// <summary>
/// Finds and pseudonymises one person's data in the database. Names, addresses and free texts are replaced in every
/// text column of every table in the model (read from the model, so a table added later is covered too), in the
/// forms they are stored in: as written, JSON-escaped (JSON columns) and HTML-encoded (email bodies).
/// </summary>
internal sealed class EfCorePersonalDataStore(LabFlowDbContext db) : IPersonalDataStore
{
    private const string NoModel = "{}";
    private const string NoAttachments = "[]";

    public async Task<PersonalRecords> ReadAsync(Guid personId, CancellationToken cancellationToken)
    {
        var id = personId.ToString();
        var person = await db.Set<PersonRow>().AsNoTracking().FirstOrDefaultAsync(p => p.Id == personId, cancellationToken);
        var address = person?.NormalizedEmail ?? string.Empty;

        var tasks = await db.Set<TaskRow>().AsNoTracking()
            .Where(t => t.AssigneeId == personId || t.Data.Contains(id))
            .OrderBy(t => t.CreatedAt)
            .ToListAsync(cancellationToken);
        var labs = await db.Set<LabRow>().AsNoTracking().Where(l => l.People.Contains(id)).ToListAsync(cancellationToken);
        var journal = await db.Set<JournalEntryRow>().AsNoTracking()
            .Where(j => j.Actor == id)
            .OrderBy(j => j.Timestamp)
            .ToListAsync(cancellationToken);
        var emails = await db.Set<EmailRow>().AsNoTracking()
            .Where(e => e.RecipientPersonId == personId || e.RecipientAddress.ToUpper() == address)
            .OrderBy(e => e.CreatedAt)
            .ToListAsync(cancellationToken);
        var standIns = await db.Set<StandInRow>().AsNoTracking().Where(s => s.PersonId == personId || s.StandInId == personId).ToListAsync(cancellationToken);
        var tokens = await db.Set<PersonalAccessTokenRow>().AsNoTracking().Where(t => t.UserId == personId).OrderBy(t => t.CreatedAt).ToListAsync(cancellationToken);
        var ideas = await (
                from idea in db.Set<IdeaSubmissionRow>().AsNoTracking()
                join collection in db.Set<CollectionRow>().AsNoTracking() on idea.CollectionId equals collection.Id
                where idea.AuthorId == personId
                orderby idea.Sequence
                select new { idea.Id, idea.CollectionId, collection.LabId, idea.Answers, idea.At })
            .ToListAsync(cancellationToken);
        var votes = await (
                from vote in db.Set<IdeaVoteRow>().AsNoTracking()
                join collection in db.Set<CollectionRow>().AsNoTracking() on vote.CollectionId equals collection.Id
                where vote.VoterId == personId
                orderby vote.Sequence
                select new { vote.CollectionId, collection.LabId, vote.IdeaId, vote.At })
            .ToListAsync(cancellationToken);
        var erasure = await db.Set<ErasureDecisionRow>().AsNoTracking().FirstOrDefaultAsync(e => e.PersonId == personId, cancellationToken);

        return new PersonalRecords(
            [.. tasks.Select(TaskRows.ToTask)],
            [.. labs.Select(EfCoreLabStore.ToLab).Where(l => l.People.Any(m => m.PersonId == personId))],
            [.. journal.Select(RowMapper.ToEntry)],
            [.. emails.Select(e => new PersonalEmail(e.Id, e.InstanceId, e.TaskId, e.Subject, e.TextBody, e.Status, e.CreatedAt, e.SentAt))],
            [.. standIns.Select(s => new StandIn(s.PersonId, s.StandInId, s.From, s.To))],
            [.. tokens.Select(t => new PersonalToken(t.Name, t.Prefix, t.CreatedAt, t.ExpiresAt, t.LastUsedAt, t.RevokedAt))],
            [.. ideas.Select(i => new PersonalIdea(i.Id, i.CollectionId, i.LabId, JsonNode.Parse(i.Answers)?.AsObject() ?? [], i.At))],
            erasure is null ? null : new ErasureDecision(erasure.Id, erasure.PersonId, erasure.Pseudonym, erasure.DecidedBy, erasure.DecidedAt, erasure.Reason),
            [.. votes.Select(v => new PersonalVote(v.CollectionId, v.LabId, v.IdeaId, v.At))]);
    }

    public async Task PseudonymiseAsync(ErasurePlan plan, CancellationToken cancellationToken)
    {
        var personId = plan.Person.Id;
        var decision = plan.Decision;
        var address = plan.Person.Email.ToUpperInvariant();
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);

        // Recorded first, so that a name written into the reason is pseudonymised with the rest.
        db.Add(new ErasureDecisionRow
        {
            Id = decision.Id,
            PersonId = personId,
            Pseudonym = decision.Pseudonym,
            DecidedBy = decision.DecidedBy,
            DecidedAt = decision.DecidedAt.ToUniversalTime(),
            Reason = decision.Reason,
        });
        await db.SaveAndForgetAsync(cancellationToken);

        await db.Set<PersonRow>().Where(p => p.Id == personId).ExecuteUpdateAsync(
            s => s.SetProperty(p => p.Name, decision.Pseudonym)
                .SetProperty(p => p.SortKey, SwedishSortKey.For(decision.Pseudonym))
                .SetProperty(p => p.Email, plan.PseudonymEmail)
                .SetProperty(p => p.NormalizedEmail, plan.PseudonymEmail.ToUpperInvariant())
                .SetProperty(p => p.Active, false),
            cancellationToken);

        var toThem = db.Set<EmailRow>().Where(e => e.RecipientPersonId == personId || e.RecipientAddress.ToUpper() == address);
        await toThem.Where(e => e.Status != EmailStatus.Sent).ExecuteDeleteAsync(cancellationToken);
        await toThem.ExecuteUpdateAsync(
            s => s.SetProperty(e => e.RecipientAddress, plan.PseudonymEmail)
                .SetProperty(e => e.RecipientName, decision.Pseudonym)
                .SetProperty(e => e.Subject, string.Empty)
                .SetProperty(e => e.HtmlBody, string.Empty)
                .SetProperty(e => e.TextBody, string.Empty)
                .SetProperty(e => e.ModelJson, NoModel)
                .SetProperty(e => e.Attachments, NoAttachments),
            cancellationToken);

        await db.Set<StandInRow>().Where(s => s.PersonId == personId || s.StandInId == personId).ExecuteDeleteAsync(cancellationToken);
        await db.Set<NotificationPreferenceRow>().Where(p => p.PersonId == personId).ExecuteDeleteAsync(cancellationToken);
        await db.Set<PersonalAccessTokenRow>().Where(t => t.UserId == personId).ExecuteDeleteAsync(cancellationToken);
        await RemoveAccountAsync(personId, cancellationToken);

        // Their ideas stay (votes and counts refer to them) without what they wrote; their dots stay without their name.
        foreach (var idea in plan.Ideas)
        {
            var answers = idea.Answers.ToJsonString();
            await db.Set<IdeaSubmissionRow>().Where(i => i.Id == idea.Id && i.AuthorId == personId)
                .ExecuteUpdateAsync(s => s.SetProperty(i => i.Answers, answers), cancellationToken);
        }

        // Every wording in those ideas' histories restates the author's idea, so it goes too; the revisions stay, counted.
        foreach (var revision in plan.IdeaRevisions)
        {
            var answers = revision.Answers.ToJsonString();
            await db.Set<IdeaRevisionRow>().Where(r => r.Id == revision.Id && r.IdeaId == revision.IdeaId)
                .ExecuteUpdateAsync(s => s.SetProperty(r => r.Answers, answers), cancellationToken);
        }

        await db.Set<IdeaVoteRow>().Where(v => v.VoterId == personId).ExecuteUpdateAsync(s => s.SetProperty(v => v.VoterId, (Guid?)null), cancellationToken);

        foreach (var (text, replacement) in Replacements(plan))
        {
            await ReplaceEverywhereAsync(text, replacement, cancellationToken);
        }

        await transaction.CommitAsync(cancellationToken);
    }

    /// <summary>Each text to replace, in every form it may be stored in, with what replaces it; longest first, so a name inside a longer text goes with it.</summary>
    private static IEnumerable<(string Text, string Replacement)> Replacements(ErasurePlan plan)
    {
        var pairs = new List<(string, string)>();
        void Add(string text, string replacement)
        {
            foreach (var form in new[] { text, JsonEscaped(text), HtmlEncoder.Default.Encode(text) }.Distinct(StringComparer.Ordinal))
            {
                if (form.Trim().Length > 0)
                {
                    pairs.Add((form, replacement));
                }
            }
        }

        foreach (var text in plan.FreeTexts)
        {
            Add(text, ErasurePlan.Removed);
        }

        Add(plan.Person.Name, plan.Decision.Pseudonym);
        foreach (var address in new[] { plan.Person.Email, plan.Person.Email.ToLowerInvariant(), plan.Person.Email.ToUpperInvariant() })
        {
            Add(address, plan.PseudonymEmail);
        }

        return pairs.DistinctBy(p => p.Item1, StringComparer.Ordinal).OrderByDescending(p => p.Item1.Length);
    }

    private static string JsonEscaped(string text) => JsonSerializer.Serialize(text, DomainJson.Options)[1..^1];

    /// <summary>Replaces <paramref name="text"/> in every text column of every table of the model; only rows holding it are written.</summary>
    private async Task ReplaceEverywhereAsync(string text, string replacement, CancellationToken cancellationToken)
    {
        var find = db.Database.IsNpgsql() ? "strpos" : "instr";
        foreach (var entity in db.Model.GetEntityTypes())
        {
            // People rows were changed by id above: a colleague with the same name keeps theirs.
            if (entity.ClrType == typeof(PersonRow) || entity.GetTableName() is not { } table)
            {
                continue;
            }

            var store = StoreObjectIdentifier.Table(table, entity.GetSchema());
            var qualified = entity.GetSchema() is { } schema ? $"\"{schema}\".\"{table}\"" : $"\"{table}\"";
            foreach (var property in entity.GetProperties().Where(p => p.ClrType == typeof(string) && p.GetValueConverter() is null))
            {
                if (property.GetColumnName(store) is not { } column)
                {
                    continue;
                }

                // The names come from the model, never from input; the texts travel as parameters.
#pragma warning disable EF1002
                await db.Database.ExecuteSqlRawAsync(
                    $"UPDATE {qualified} SET \"{column}\" = REPLACE(\"{column}\", {{0}}, {{1}}) WHERE {find}(\"{column}\", {{0}}) > 0",
                    [text, replacement],
                    cancellationToken);
#pragma warning restore EF1002
            }
        }
    }

    /// <summary>Removes the sign-in account with its roles, claims, logins and tokens (also from this context's tracking).</summary>
    private async Task RemoveAccountAsync(Guid personId, CancellationToken cancellationToken)
    {
        await db.UserRoles.Where(r => r.UserId == personId).ExecuteDeleteAsync(cancellationToken);
        await db.UserClaims.Where(c => c.UserId == personId).ExecuteDeleteAsync(cancellationToken);
        await db.UserLogins.Where(l => l.UserId == personId).ExecuteDeleteAsync(cancellationToken);
        await db.UserTokens.Where(t => t.UserId == personId).ExecuteDeleteAsync(cancellationToken);
        await db.Users.Where(u => u.Id == personId).ExecuteDeleteAsync(cancellationToken);
        foreach (var tracked in db.ChangeTracker.Entries<LabFlowUser>().Where(e => e.Entity.Id == personId).ToList())
        {
            tracked.State = EntityState.Detached;
        }
    }
}
