using System.Globalization;
using System.Text;
using LabFlow.Activities.Labs;
using LabFlow.Activities.Messages;

namespace LabFlow.Activities.Organisation;

/// <summary>
/// Invites a list of people (a CSV file or a list of emails) through <see cref="PeopleService.InviteAsync"/>, one row
/// at a time, so each row gets the same checks as a single invitation and its own result: created, already exists
/// (by email), or invalid with the line and field named. A bad row never stops the others.
/// </summary>
public sealed class PeopleInvitations(PeopleService people, IDirectory directory, LabAccess access)
{
    /// <summary>How many rows one bulk invitation takes; more is split into several files.</summary>
    public const int MaxRows = 500;

    private static readonly string[] Columns = ["name", "email", "administration", "role"];

    /// <exception cref="LabDomainException"><c>forbidden</c> unless an administrator; <c>invalid</c> when there is nothing to read or too many rows.</exception>
    public async Task<IReadOnlyList<InvitationRowResult>> InviteAsync(Guid actorId, BulkInvitation invitation, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(invitation);
        await access.RequireAdminAsync(actorId, PeopleMessages.AdminOnly.Message, cancellationToken);

        var rows = invitation.Csv is { Length: > 0 } csv ? ReadCsv(csv) : ReadEmails(invitation.Emails ?? string.Empty, invitation.AdministrationId, invitation.Role);
        if (rows.Count == 0)
        {
            throw LabDomainException.Invalid(invitation.Csv is null ? "emails" : "csv", PeopleMessages.NobodyToInvite.Message);
        }

        if (rows.Count > MaxRows)
        {
            throw LabDomainException.Invalid(invitation.Csv is null ? "emails" : "csv", PeopleMessages.TooManyInvitations.With(("rows", rows.Count), ("max", MaxRows)));
        }

        var administrations = await directory.ListAdministrationsAsync(cancellationToken);
        var results = new List<InvitationRowResult>();
        foreach (var row in rows)
        {
            results.Add(await InviteRowAsync(actorId, row, administrations, invitation.Culture, cancellationToken));
        }

        return results;
    }

    private async Task<InvitationRowResult> InviteRowAsync(Guid actorId, Row row, IReadOnlyList<Administration> administrations, string culture, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(row.Email))
        {
            return Invalid(row, "email", PeopleMessages.InvitationEmailMissing.With(("line", row.Line)));
        }

        if (await directory.FindPersonByEmailAsync(row.Email.Trim(), cancellationToken) is { } existing)
        {
            return new InvitationRowResult(row.Line, row.Email, InvitationRowStatus.AlreadyExists, existing.Id);
        }

        var administration = administrations.FirstOrDefault(a =>
            string.Equals(a.Id, row.Administration?.Trim(), StringComparison.OrdinalIgnoreCase)
            || string.Equals(a.Name, row.Administration?.Trim(), StringComparison.CurrentCultureIgnoreCase));
        if (administration is null)
        {
            return Invalid(row, "administration", PeopleMessages.InvitationAdministrationUnknown.With(("line", row.Line), ("administration", row.Administration), ("known", string.Join(", ", administrations.Select(a => a.Name)))));
        }

        if (!Roles.TryParse(row.Role?.Trim(), out var role) || role is Role.Admin or Role.Designer)
        {
            return Invalid(row, "role", PeopleMessages.InvitationRoleUnknown.With(("line", row.Line), ("role", row.Role), ("known", string.Join(", ", Roles.Names.Where(n => n is not (nameof(Role.Admin) or nameof(Role.Designer)))))));
        }

        try
        {
            var invited = await people.InviteAsync(
                actorId,
                new NewPerson(row.Name ?? string.Empty, row.Email.Trim(), culture, [new Membership(Guid.Empty, administration.Id, role)]),
                cancellationToken);
            return new InvitationRowResult(row.Line, row.Email, InvitationRowStatus.Created, invited.Person.Id);
        }
        catch (LabDomainException exception) when (exception.Code == LabErrors.Invalid)
        {
            var (field, messages) = exception.Fields?.FirstOrDefault() ?? default;
            return Invalid(row, FieldOf(field), PeopleMessages.InvitationRowRefused.With(("line", row.Line), ("problem", messages?.FirstOrDefault() ?? exception.Text)));
        }
    }

    private static string FieldOf(string? field) => field switch
    {
        null => "row",
        _ when field.StartsWith("memberships", StringComparison.Ordinal) => "administration",
        _ => field,
    };

    private static InvitationRowResult Invalid(Row row, string field, CodedMessage message) =>
        new(row.Line, row.Email, InvitationRowStatus.Invalid, Field: field, Message: message);

    /// <summary>One address per line (or separated by commas or semicolons); the name is made from the address until the person changes it.</summary>
    private static List<Row> ReadEmails(string text, string? administrationId, Role? role)
    {
        var rows = new List<Row>();
        var lines = text.Split('\n');
        for (var i = 0; i < lines.Length; i++)
        {
            foreach (var email in lines[i].Split([',', ';'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
            {
                rows.Add(new Row(i + 1, NameFrom(email), email, administrationId, role?.ToString()));
            }
        }

        return rows;
    }

    /// <summary>"anna.berg@x.se" reads "Anna Berg".</summary>
    private static string NameFrom(string email)
    {
        var local = email.Split('@')[0];
        var words = local.Split(['.', '_', '-'], StringSplitOptions.RemoveEmptyEntries);
        return words.Length == 0 ? email : string.Join(' ', words.Select(w => char.ToUpper(w[0], CultureInfo.CurrentCulture) + w[1..]));
    }

    private static List<Row> ReadCsv(string csv)
    {
        var lines = csv.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n');
        var delimiter = lines[0].Count(c => c == ';') > lines[0].Count(c => c == ',') ? ';' : ',';
        var order = Columns;
        var rows = new List<Row>();
        for (var i = 0; i < lines.Length; i++)
        {
            if (string.IsNullOrWhiteSpace(lines[i]))
            {
                continue;
            }

            var fields = Split(lines[i], delimiter);
            if (i == 0 && fields.Any(f => string.Equals(f.Trim(), "email", StringComparison.OrdinalIgnoreCase) || string.Equals(f.Trim(), "e-post", StringComparison.OrdinalIgnoreCase)))
            {
                // A header names the columns, in any order.
                order = [.. fields.Select(f => f.Trim().ToLowerInvariant() switch
                {
                    "namn" => "name",
                    "e-post" => "email",
                    "förvaltning" => "administration",
                    "roll" => "role",
                    var name => name,
                })];
                continue;
            }

            string? Column(string name) => Array.IndexOf(order, name) is var at and >= 0 && at < fields.Count ? fields[at].Trim() : null;
            rows.Add(new Row(i + 1, Column("name"), Column("email"), Column("administration"), Column("role")));
        }

        return rows;
    }

    /// <summary>Splits one CSV line; a field in double quotes may hold the delimiter and doubled quotes.</summary>
    private static List<string> Split(string line, char delimiter)
    {
        var fields = new List<string>();
        var field = new StringBuilder();
        var quoted = false;
        for (var i = 0; i < line.Length; i++)
        {
            var c = line[i];
            if (quoted)
            {
                if (c == '"' && i + 1 < line.Length && line[i + 1] == '"')
                {
                    field.Append('"');
                    i++;
                }
                else if (c == '"')
                {
                    quoted = false;
                }
                else
                {
                    field.Append(c);
                }
            }
            else if (c == '"')
            {
                quoted = true;
            }
            else if (c == delimiter)
            {
                fields.Add(field.ToString());
                field.Clear();
            }
            else
            {
                field.Append(c);
            }
        }

        fields.Add(field.ToString());
        return fields;
    }

    private sealed record Row(int Line, string? Name, string? Email, string? Administration, string? Role);
}
