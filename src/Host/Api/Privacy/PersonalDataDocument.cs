using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using LabFlow.Activities.Messages;
using LabFlow.Activities.Privacy;

namespace LabFlow.Host.Api.Privacy;

/// <summary>
/// The export as a plain, printable HTML page in Swedish or English: one section per kind of data, tables for lists,
/// answers as indented JSON. Everything is HTML-encoded; the page loads nothing else.
/// </summary>
internal static class PersonalDataDocument
{
    private static readonly JsonSerializerOptions Indented = new(JsonSerializerOptions.Web) { WriteIndented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static string Render(PersonalDataExport export, string language)
    {
        var en = language == MessageCatalogue.English;
        string T(string sv, string english) => en ? english : sv;
        var html = new StringBuilder();
        html.Append("<!DOCTYPE html><html lang=\"").Append(en ? "en" : "sv").Append("\"><head><meta charset=\"utf-8\"><title>")
            .Append(E(T("Mina uppgifter i LabFlow", "My data in LabFlow"))).Append("</title><style>")
            .Append("body{font-family:sans-serif;max-width:60rem;margin:1rem auto;padding:0 1rem}table{border-collapse:collapse;width:100%;margin-bottom:1rem}")
            .Append("th,td{border:1px solid #888;padding:.25rem;text-align:left;vertical-align:top}pre{white-space:pre-wrap;margin:0}")
            .Append("</style></head><body><main><h1>").Append(E(T("Mina uppgifter i LabFlow", "My data in LabFlow"))).Append("</h1>");
        html.Append("<p>").Append(E(T("Utdrag skapat", "Export created"))).Append(' ').Append(E(Time(export.CreatedAt))).Append("</p>");

        Section(html, T("Person", "Person"));
        Table(html, [T("Namn", "Name"), T("E-post", "Email"), T("Språk", "Language"), T("Aktiv", "Active")],
            [[export.Person.Name, export.Person.Email, export.Person.Culture, YesNo(export.Person.Active, en)]]);

        Section(html, T("Roller", "Roles"));
        Table(html, [T("Förvaltning", "Administration"), T("Roll", "Role")],
            [.. export.Memberships.Select(m => new[] { m.AdministrationId, m.Role.ToString() }),
             .. export.OrganisationRoles.Select(r => new[] { T("Hela organisationen", "Whole organisation"), r.ToString() })]);

        Section(html, T("Labb", "Labs"));
        Table(html, [T("Labb", "Lab"), T("Förvaltning", "Administration"), T("Roll", "Role")],
            [.. export.Labs.Select(l => new[] { l.Title, l.AdministrationId, string.Join(", ", l.Roles) })]);

        Section(html, T("Uppgifter", "Tasks"));
        Table(html, [T("Uppgift", "Task"), T("Status", "Status"), T("Du är", "You are"), T("Förfallodag", "Due"), T("Dina svar", "Your answers"), T("Dina kommentarer", "Your comments"), T("Historik om dig", "History about you")],
            [.. export.Tasks.Select(t => new[]
            {
                t.Title.Get(CultureInfo.GetCultureInfo(language)),
                t.Status.ToString(),
                string.Join(", ", t.Involvement),
                t.Due?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? string.Empty,
                t.Answers is null ? string.Empty : t.Answers.ToJsonString(Indented),
                string.Join("\n", t.Comments.Select(c => $"{Time(c.At)}: {c.Text}")),
                string.Join("\n", t.History.Select(h => $"{Time(h.At)} {h.Kind}{(h.Note is null ? string.Empty : ": " + h.Note)}")),
            })]);

        Section(html, T("Idéer", "Ideas"));
        Table(html, [T("Tid", "Time"), T("Idé", "Idea")], [.. export.Ideas.Select(i => new[] { Time(i.At), i.Answers.ToJsonString(Indented) })]);

        Section(html, T("Kunskapsbanken", "The knowledge bank"));
        Table(html, [T("Skapad", "Created"), T("Publicerad", "Published"), T("Rubrik", "Title"), T("Text", "Text")],
            [.. export.KnowledgeEntries.Select(k => new[] { Time(k.CreatedAt), k.PublishedAt is { } at ? Time(at) : string.Empty, k.Title, k.Text })]);

        Section(html, T("Dina röster", "Your votes"));
        Table(html, [T("Tid", "Time"), T("Labb", "Lab"), T("Idé", "Idea")], [.. export.Votes.Select(v => new[] { Time(v.At), v.LabId.ToString(), v.IdeaId.ToString() })]);

        Section(html, T("Händelser i labbens logg", "Entries in the labs' journals"));
        Table(html, [T("Tid", "Time"), T("Händelse", "Event"), T("Steg", "Step"), T("Utfall", "Outcome")],
            [.. export.Journal.Select(j => new[] { Time(j.Timestamp), j.Event, j.ActivityId ?? string.Empty, j.Outcome ?? string.Empty })]);

        Section(html, T("E-post till dig", "Emails to you"));
        Table(html, [T("Skapad", "Created"), T("Status", "Status"), T("Ämne", "Subject"), T("Text", "Text")],
            [.. export.Emails.Select(e => new[] { Time(e.CreatedAt), e.Status.ToString(), e.Subject, e.TextBody })]);

        Section(html, T("Ersättare", "Stand-ins"));
        Table(html, [T("För", "For"), T("Ersättare", "Stand-in"), T("Från", "From"), T("Till", "To")],
            [.. (export.StandIn is null ? export.StandingInFor : [export.StandIn, .. export.StandingInFor]).Select(s => new[]
            {
                s.PersonId.ToString(), s.StandInId.ToString(), s.From.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), s.To.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            })]);

        Section(html, T("Åtkomsttoken (utan hemligheter)", "Access tokens (without secrets)"));
        Table(html, [T("Namn", "Name"), T("Början", "Prefix"), T("Skapad", "Created"), T("Går ut", "Expires"), T("Återkallad", "Revoked")],
            [.. export.Tokens.Select(t => new[] { t.Name, t.Prefix, Time(t.CreatedAt), t.ExpiresAt is { } x ? Time(x) : string.Empty, t.RevokedAt is { } r ? Time(r) : string.Empty })]);

        Section(html, T("Dina läsningar av känsliga svar", "Your reads of sensitive answers"));
        Table(html, [T("Tid", "Time"), T("Uppgift", "Task"), T("Förvaltning", "Administration")],
            [.. export.SensitiveReads.Select(r => new[] { Time(r.At), r.TaskId.ToString(), r.AdministrationId })]);

        html.Append("</main></body></html>");
        return html.ToString();
    }

    private static void Section(StringBuilder html, string title) => html.Append("<h2>").Append(E(title)).Append("</h2>");

    private static void Table(StringBuilder html, IReadOnlyList<string> headers, IReadOnlyList<string[]> rows)
    {
        html.Append("<table><thead><tr>");
        foreach (var header in headers)
        {
            html.Append("<th scope=\"col\">").Append(E(header)).Append("</th>");
        }

        html.Append("</tr></thead><tbody>");
        if (rows.Count == 0)
        {
            html.Append("<tr><td colspan=\"").Append(headers.Count).Append("\">–</td></tr>");
        }

        foreach (var row in rows)
        {
            html.Append("<tr>");
            foreach (var cell in row)
            {
                html.Append("<td><pre>").Append(E(cell)).Append("</pre></td>");
            }

            html.Append("</tr>");
        }

        html.Append("</tbody></table>");
    }

    private static string Time(DateTimeOffset at) => at.ToUniversalTime().ToString("yyyy-MM-dd HH:mm 'UTC'", CultureInfo.InvariantCulture);

    private static string YesNo(bool value, bool english) => value ? (english ? "Yes" : "Ja") : (english ? "No" : "Nej");

    private static string E(string text) => HtmlEncoder.Default.Encode(text);
}
