using System.Text.Json.Nodes;
using LabFlow.Activities.DependencyInjection;
using LabFlow.Workflows.ActivityTypes;
using LabFlow.Workflows.Definitions;
using LabFlow.Workflows.Flowchart;

namespace LabFlow.Activities.Tasks;

/// <summary>
/// The read rule at load time: the answers of a step with its own readers (<c>readers</c>, or a sensitive preset,
/// <see cref="StepReaders"/>) may not be copied by an expression into a place every lab member reads, or the
/// restriction would be undone one step later. Such places are a lab variable (every <c>SetVariable</c> input: any
/// later title, the lab's journal and the API show variables) and the texts of a lab step (its title, instructions and
/// other text inputs, shown to everyone who sees the step, collections included). Conditions, assignees and dates may
/// read them, and so may an email (<c>SendEmail</c> goes only to the step's readers). The loader refuses the flow, at
/// the restricted step, naming every copy.
/// </summary>
public static class RestrictedAnswerCopies
{
    public static IEnumerable<ActivityValidationIssue> Validate(ActivityValidationContext context)
    {
        var source = context.Activity;
        if (StepReaders.Of(source.Inputs?[StepReaders.InputName], source.Inputs?["form"] as JsonArray) is not { } readers)
        {
            yield break;
        }

        var at = source.Inputs?[StepReaders.InputName] is null ? "inputs.form" : $"inputs.{StepReaders.InputName}";
        var who = string.Join(", ", readers.Roles.Select(r => r.ToString()).Concat(readers.Doers ? [StepReaders.DoersKeyword] : []));
        foreach (var copy in context.Definition.Activities.Where(a => !string.Equals(a.Id, source.Id, StringComparison.Ordinal)))
        {
            foreach (var (input, value) in copy.Inputs ?? [])
            {
                if (CopiesToEveryone(copy.Type, input) && AnswerQuotes.StepsReadBy(value).Contains(source.Id, StringComparer.Ordinal))
                {
                    var place = string.Equals(copy.Type, CoreActivityDescriptors.SetVariable.TypeName, StringComparison.Ordinal)
                        ? "a lab variable, which every lab member can read"
                        : "a text everyone who sees that step reads";
                    yield return new(
                        at,
                        $"the answers of step '{source.Id}' are read only by {who}, but {copy.Type} '{copy.Id}' copies them (inputs.{input}, tasks.{source.Id}) into {place}; remove the copy, or quote the answers in a SendEmail step, which goes only to the step's readers.");
                }
            }
        }
    }

    /// <summary>Whether an input of <paramref name="type"/> puts what it reads where every lab member reads it.</summary>
    private static bool CopiesToEveryone(string type, string input)
    {
        if (string.Equals(type, CoreActivityDescriptors.SetVariable.TypeName, StringComparison.Ordinal))
        {
            return true;
        }

        // An email goes only to the readers of the steps it quotes (SendEmailHandler), so it is not a copy to everyone.
        if (string.Equals(type, Communication.CommunicationActivityDescriptors.SendEmail.TypeName, StringComparison.Ordinal))
        {
            return false;
        }

        var descriptor = LabActivitiesServiceCollectionExtensions.Descriptors.FirstOrDefault(d => string.Equals(d.TypeName, type, StringComparison.Ordinal));
        return descriptor?.Inputs.Any(i => string.Equals(i.Name, input, StringComparison.Ordinal) && i.Type == FlowValueType.Text) == true;
    }
}
