using System.Collections.Concurrent;
using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json.Nodes;
using System.Text.Unicode;
using Fluid;
using Fluid.Values;
using LabFlow.Activities.Labs;
using LabFlow.Workflows.Definitions;

namespace LabFlow.Activities.Email;

/// <summary>
/// Renders an email request for one recipient from the embedded Liquid templates
/// (<c>Email/Templates/{key}.{sv|en}.{subject|html|txt}.liquid</c>, wrapped in <c>_layout.{sv|en}.{html|txt}.liquid</c>):
/// subject, HTML with model values HTML-encoded, plain text, and a calendar file where the template has one.
/// All templates are parsed once, at construction, so a broken template stops start-up rather than an email.
/// </summary>
internal sealed class EmailTemplateRenderer
{
    private const string ResourcePrefix = "LabFlow.Activities.Email.Templates.";
    private const string Layout = "_layout";

    // Encodes what HTML needs (< > & " ') but leaves å, ä and ö readable in the source of the email.
    private static readonly HtmlEncoder Html = HtmlEncoder.Create(UnicodeRanges.All);
    private static readonly FluidParser Parser = new();

    private readonly EmailRenderingOptions _options;
    private readonly TimeZoneInfo _timeZone;
    private readonly TemplateOptions _templateOptions;
    private readonly Dictionary<string, IFluidTemplate> _templates;
    private readonly ConcurrentDictionary<string, CultureInfo> _cultures = new();

    public EmailTemplateRenderer(EmailRenderingOptions options)
        : this(options, strictVariables: false)
    {
    }

    /// <param name="strictVariables">Fail on a variable the model does not have (tests use it to prove templates and models agree).</param>
    internal EmailTemplateRenderer(EmailRenderingOptions options, bool strictVariables)
    {
        _options = options;
        _timeZone = TimeZoneInfo.FindSystemTimeZoneById(options.TimeZoneId);
        _templateOptions = new TemplateOptions { TimeZone = _timeZone, StrictVariables = strictVariables };
        _templateOptions.Filters.AddFilter("date_long", DateLong);
        _templateOptions.Filters.AddFilter("time", Time);
        _templateOptions.Filters.AddFilter("task_url", (input, _, _) => Link(input, "tasks"));
        _templateOptions.Filters.AddFilter("lab_url", (input, _, _) => Link(input, "labs"));
        _templateOptions.Filters.AddFilter("text_to_html", TextToHtml);
        _templates = LoadTemplates();
    }

    /// <summary>The template keys that have every part in every culture.</summary>
    public IReadOnlyCollection<string> Keys =>
        [.. _templates.Keys.Select(k => k.Split('.')[0]).Where(k => k != Layout).Distinct(StringComparer.Ordinal)];

    public Task<RenderedEmail> RenderAsync(
        EmailRequested request, EmailRecipient recipient, DateTimeOffset now, CancellationToken cancellationToken) =>
        RenderAsync(request, recipient, now, kind: null, cancellationToken);

    /// <param name="kind">The kind of the lab's flow, so the email says "konferensen" for a conference; <c>null</c> names the lab by its title alone.</param>
    public async Task<RenderedEmail> RenderAsync(
        EmailRequested request, EmailRecipient recipient, DateTimeOffset now, FlowKind? kind, CancellationToken cancellationToken)
    {
        var culture = EmailCultures.Normalize(recipient.Culture);
        if (!_templates.ContainsKey(Name(request.Template, culture, "subject")))
        {
            throw new InvalidOperationException(
                $"Email template '{request.Template}' does not exist; use one of {string.Join(", ", Keys.Order(StringComparer.Ordinal))}.");
        }

        cancellationToken.ThrowIfCancellationRequested();
        var context = CreateContext(request, recipient, culture, kind);
        var subject = await RenderPartAsync(request.Template, culture, "subject", context, NullEncoder.Default);
        subject = string.Join(' ', subject.Split(['\r', '\n'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
        context.SetValue("subject", subject);

        var html = await RenderPartAsync(request.Template, culture, "html", context, Html);
        context.SetValue("content", new StringValue(html, encode: false));
        html = await RenderPartAsync(Layout, culture, "html", context, Html);

        var text = await RenderPartAsync(request.Template, culture, "txt", context, NullEncoder.Default);
        context.SetValue("content", new StringValue(text, encode: false));
        text = await RenderPartAsync(Layout, culture, "txt", context, NullEncoder.Default);

        return new RenderedEmail(subject, html, text, Attachments(request, recipient, culture, now, kind));
    }

    private TemplateContext CreateContext(EmailRequested request, EmailRecipient recipient, string culture, FlowKind? kind)
    {
        var context = new TemplateContext(_templateOptions) { CultureInfo = EmailCultures.Formatting(culture) };
        foreach (var (key, value) in EmailModelValues.ToDictionary(request.Model))
        {
            context.SetValue(key, FluidValue.Create(value, _templateOptions));
        }

        // "labbet "Trygg start"", "konferensen "Jämlikhetskonferens 2027"": the lab named by its kind's own noun.
        var labTitle = EmailModelValues.GetString(request.Model, "labTitle") ?? string.Empty;
        context.SetValue("labRef", kind is { } known && labTitle.Length > 0 ? $"{KindTexts.Of(known, culture).Definite} \"{labTitle}\"" : labTitle);

        var baseUrl = _options.PublicBaseUrl.ToString();
        var taskUrl = request.TaskId is { } taskId ? LinkTo("tasks", taskId.ToString()) : null;
        var labUrl = request.InstanceId is { } instanceId ? LinkTo("labs", instanceId.ToString()) : null;
        var linkPath = EmailModelValues.GetString(request.Model, "linkPath");
        context.SetValue("recipientName", recipient.DisplayName);
        context.SetValue("baseUrl", baseUrl);
        context.SetValue("taskUrl", taskUrl ?? string.Empty);
        context.SetValue("labUrl", labUrl ?? string.Empty);
        context.SetValue("link", linkPath is not null ? new Uri(_options.PublicBaseUrl, linkPath.TrimStart('/')).ToString() : taskUrl ?? labUrl ?? baseUrl);
        context.SetValue("lang", culture);
        return context;
    }

    private IReadOnlyList<EmailAttachment> Attachments(EmailRequested request, EmailRecipient recipient, string culture, DateTimeOffset now, FlowKind? kind)
    {
        var sequence = EmailModelValues.GetInt32(request.Model, "sequence") ?? CalendarFiles.SequenceAt(now);
        var swedish = culture == EmailCultures.Swedish;
        switch (request.Template)
        {
            case EmailTemplates.TaskAssigned or EmailTemplates.TaskReminder or EmailTemplates.FollowUpDue
                when request.TaskId is { } taskId
                     && EmailModelValues.TryParseDate(EmailModelValues.GetString(request.Model, "dueDate"), out var dueDate):
            {
                var title = EmailModelValues.GetString(request.Model, "taskTitle") ?? string.Empty;
                var link = new Uri(LinkTo("tasks", taskId.ToString()));
                var lab = EmailModelValues.GetString(request.Model, "labTitle");
                var summary = swedish ? $"Sista dag: {title}" : $"Due: {title}";
                var description = (lab is null ? string.Empty : $"{KindTexts.Of(kind ?? FlowKinds.Default, culture).Label}: {lab}\n")
                    + (swedish ? $"Öppna uppgiften: {link}" : $"Open the task: {link}");
                return [CalendarFiles.DueDate(CalendarFiles.TaskUid(taskId, _options.MessageIdDomain), dueDate, summary, description, link, now, sequence)];
            }

            case EmailTemplates.WorkshopInvitation
                when EmailModelValues.GetString(request.Model, "workshopId") is { Length: > 0 } workshopId
                     && EmailModelValues.TryParseLocalTime(EmailModelValues.GetString(request.Model, "startsAt"), _timeZone, out var start)
                     && EmailModelValues.TryParseLocalTime(EmailModelValues.GetString(request.Model, "endsAt"), _timeZone, out var end):
            {
                var title = EmailModelValues.GetString(request.Model, "workshopTitle") ?? string.Empty;
                var linkPath = EmailModelValues.GetString(request.Model, "linkPath");
                var link = linkPath is not null
                    ? new Uri(_options.PublicBaseUrl, linkPath.TrimStart('/'))
                    : request.InstanceId is { } instanceId ? new Uri(LinkTo("labs", instanceId.ToString())) : _options.PublicBaseUrl;
                var details = EmailModelValues.GetString(request.Model, "description");
                var agenda = Workshops.WorkshopAgenda.Text(request.Model["agendaItems"]);
                var meeting = EmailModelValues.GetString(request.Model, "meetingLink");
                var description = (details is null ? string.Empty : details + "\n\n")
                    + (agenda is null ? string.Empty : agenda + "\n\n")
                    + (meeting is null ? string.Empty : (swedish ? $"Möteslänk: {meeting}\n\n" : $"Meeting link: {meeting}\n\n"))
                    + (swedish ? $"Mer i LabFlow: {link}" : $"More in LabFlow: {link}");
                return
                [
                    CalendarFiles.Invitation(
                        CalendarFiles.WorkshopUid(workshopId, _options.MessageIdDomain),
                        start,
                        end,
                        _options.TimeZoneId,
                        title,
                        description,
                        EmailModelValues.GetString(request.Model, "location"),
                        link,
                        (_options.OrganizerAddress, _options.OrganizerName),
                        (recipient.Address, recipient.DisplayName),
                        now,
                        sequence),
                ];
            }

            default:
                return [];
        }
    }

    private async Task<string> RenderPartAsync(string key, string culture, string part, TemplateContext context, TextEncoder encoder)
    {
        var template = _templates[Name(key, culture, part)];
        return (await template.RenderAsync(context, encoder)).Trim();
    }

    private string LinkTo(string area, string id) => new Uri(_options.PublicBaseUrl, $"{area}/{Uri.EscapeDataString(id)}").ToString();

    private ValueTask<FluidValue> Link(FluidValue input, string area) =>
        new(input.IsNil() ? StringValue.Empty : new StringValue(LinkTo(area, input.ToStringValue())));

    private ValueTask<FluidValue> DateLong(FluidValue input, FilterArguments arguments, TemplateContext context)
    {
        var text = input.ToStringValue();
        if (EmailModelValues.TryParseDate(text, out var date) && text.Length == 10)
        {
            return new(new StringValue(date.ToString("dddd d MMMM yyyy", context.CultureInfo)));
        }

        return EmailModelValues.TryParseLocalTime(text, _timeZone, out var local)
            ? new(new StringValue(local.ToString("dddd d MMMM yyyy", context.CultureInfo)))
            : new(input);
    }

    private ValueTask<FluidValue> Time(FluidValue input, FilterArguments arguments, TemplateContext context) =>
        EmailModelValues.TryParseLocalTime(input.ToStringValue(), _timeZone, out var local)
            ? new(new StringValue(local.ToString("HH:mm", CultureInfo.InvariantCulture)))
            : new(input);

    // A SendEmail step's body is shown as text: encoded, with its paragraphs and line breaks kept.
    private static ValueTask<FluidValue> TextToHtml(FluidValue input, FilterArguments arguments, TemplateContext context)
    {
        var paragraphs = input.ToStringValue().ReplaceLineEndings("\n")
            .Split("\n\n", StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        var html = new StringBuilder();
        foreach (var paragraph in paragraphs)
        {
            html.Append("<p>").Append(string.Join("<br>\n", paragraph.Split('\n').Select(Html.Encode))).Append("</p>\n");
        }

        return new(new StringValue(html.ToString(), encode: false));
    }

    private static string Name(string key, string culture, string part) => $"{key}.{culture}.{part}";

    private static Dictionary<string, IFluidTemplate> LoadTemplates()
    {
        var assembly = typeof(EmailTemplateRenderer).Assembly;
        var templates = new Dictionary<string, IFluidTemplate>(StringComparer.Ordinal);
        var errors = new List<string>();
        foreach (var resource in assembly.GetManifestResourceNames().Where(n => n.StartsWith(ResourcePrefix, StringComparison.Ordinal)))
        {
            var name = resource[ResourcePrefix.Length..^".liquid".Length];
            using var reader = new StreamReader(assembly.GetManifestResourceStream(resource)!, Encoding.UTF8);
            if (Parser.TryParse(reader.ReadToEnd(), out var template, out var error))
            {
                templates[name] = template;
            }
            else
            {
                errors.Add($"Email/Templates/{name}.liquid: {error}");
            }
        }

        foreach (var key in templates.Keys.Select(k => k.Split('.')[0]).Distinct(StringComparer.Ordinal).ToList())
        {
            var parts = key == Layout ? new[] { "html", "txt" } : ["subject", "html", "txt"];
            errors.AddRange(
                from culture in EmailCultures.All
                from part in parts
                where !templates.ContainsKey(Name(key, culture, part))
                select $"Email/Templates/{Name(key, culture, part)}.liquid is missing.");
        }

        return errors.Count == 0
            ? templates
            : throw new InvalidOperationException("The email templates are broken: " + string.Join(" ", errors));
    }
}
