using System.Globalization;
using System.Text.Json.Nodes;
using LabFlow.Activities.Email;
using LabFlow.Activities.Labs;
using LabFlow.Activities.Organisation;
using LabFlow.Activities.Tasks;
using LabFlow.Activities.Time;
using LabFlow.Workflows.ActivityTypes;

namespace LabFlow.Activities.Communication;

/// <summary>
/// Asks for an email to the resolved recipients, one request per language so each reads subject and body in their
/// own; the email is sent after the burst commits. A subject or body that quotes a step's answers
/// (<c>tasks.&lt;stepId&gt;</c> in an expression) goes only to the recipients <see cref="AnswerReadRule"/> lets read
/// that step; the others get no copy.
/// </summary>
internal sealed class SendEmailHandler(TaskPlanner planner, AnswerReadRule readRule, ITaskStore tasks) : IActivityHandler
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
            var recipients = await ReadersOfQuotedStepsAsync(context, scope.Lab, people.People, cancellationToken);
            foreach (var group in recipients.GroupBy(p => p.Culture, StringComparer.Ordinal))
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

    private async Task<IReadOnlyList<Person>> ReadersOfQuotedStepsAsync(IActivityContext context, Lab? lab, IReadOnlyList<Person> people, CancellationToken cancellationToken)
    {
        var quoted = AnswerQuotes.StepsReadBy(context.GetRawInput("subject")).Concat(AnswerQuotes.StepsReadBy(context.GetRawInput("body"))).ToHashSet(StringComparer.Ordinal);
        if (quoted.Count == 0)
        {
            return people;
        }

        var labTasks = await tasks.ListByLabAsync(context.InstanceId, cancellationToken);
        var stepTasks = labTasks.Where(t => t.ActivityId is { } step && quoted.Contains(step)).ToList();
        return await readRule.MayReadAllAsync(people, stepTasks, lab, labTasks, cancellationToken);
    }
}
