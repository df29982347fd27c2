using System.Globalization;
using System.Text.Json.Nodes;
using LabFlow.Activities.Email;
using LabFlow.Activities.Tasks;
using LabFlow.Activities.Time;
using LabFlow.Workflows.ActivityTypes;

namespace LabFlow.Activities.Communication;

/// <summary>
/// Asks for an email to the resolved recipients, one request per language so each reads subject and body in their
/// own; the email is sent after the burst commits.
/// </summary>
internal sealed class SendEmailHandler(TaskPlanner planner) : IActivityHandler
{
    public async ValueTask<ActivityResult> ExecuteAsync(IActivityContext context, CancellationToken cancellationToken)
    {
        try
        {
            // An email has no dates, so it does not need the journal read that tells a repeated step its shift.
            var scope = await planner.ReadScopeAsync(context, cancellationToken, StepRun.First);
            var people = await planner.Resolver.ResolveAsync(context.GetInput("to"), scope.Lab, scope.AdministrationId, $"{TaskPlanner.Describe(context)}: input 'to'", cancellationToken);
            var subject = TaskPlanner.ReadText(context, "subject")
                ?? throw new StepConfigurationException($"{TaskPlanner.Describe(context)} needs 'subject'.");
            var body = TaskPlanner.ReadText(context, "body")
                ?? throw new StepConfigurationException($"{TaskPlanner.Describe(context)} needs 'body'.");
            foreach (var group in people.People.GroupBy(p => p.Culture, StringComparer.Ordinal))
            {
                var culture = CultureInfo.GetCultureInfo(group.Key);
                context.AddEffect(new EmailRequested(
                    Guid.NewGuid(),
                    context.InstanceId,
                    null,
                    EmailTemplates.Custom,
                    [.. group.Select(p => new EmailRecipient(p.Id, p.Email, p.Name, p.Culture))],
                    new JsonObject
                    {
                        ["subject"] = subject.Get(culture),
                        ["body"] = body.Get(culture),
                        ["labId"] = context.InstanceId.ToString(),
                        ["labTitle"] = scope.Lab?.Title,
                    }));
            }

            return ActivityResult.Complete();
        }
        catch (StepConfigurationException exception)
        {
            return ActivityResult.Fault(exception.Message);
        }
    }
}
