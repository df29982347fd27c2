using LabFlow.Activities.Labs;
using LabFlow.Activities.Tasks;
using LabFlow.Host.Components.Shared;
using LabFlow.Workflows.Execution;
using Microsoft.Extensions.DependencyInjection;

namespace LabFlow.Host.Components.Pages.Labs.Panels;

/// <summary>
/// Runs one facilitator action on the lab page as the signed-in person and turns the outcome into the notice the page
/// shows: the domain's refusals in the page's language from the message catalogue, never a stack trace.
/// </summary>
internal static class LabActionRunner
{
    /// <param name="alreadyDone">
    /// The page's words for <c>conflict</c>, only where the catalogue's text would show an id instead of a name.
    /// </param>
    /// <param name="serviceRefuses">
    /// The command's service refuses those who may not, in the catalogue's words, so the page does not pre-check.
    /// </param>
    public static async Task<LabNotice> RunAsync(
        IServiceProvider services, bool canManage, Func<LabService, TaskService, Task> action, Func<string> success, string? alreadyDone = null, bool serviceRefuses = false)
    {
        // The API lets only the managing roles reach these commands; the page refuses the same callers before asking the domain.
        if (!canManage && !serviceRefuses)
        {
            return new LabNotice(LabManageTexts.NotAllowed, Success: false);
        }

        try
        {
            await action(services.GetRequiredService<LabService>(), services.GetRequiredService<TaskService>());
            return new LabNotice(success(), Success: true);
        }
        catch (LabDomainException exception)
        {
            return new LabNotice(exception.Code == LabErrors.Conflict && alreadyDone is not null ? alreadyDone : Describe(exception), Success: false);
        }
        catch (WorkflowException exception)
        {
            return new LabNotice(RuntimeMessage(exception.Code), Success: false);
        }
    }

    /// <summary>A refusal of the lab's services in the page's language, from the message catalogue (a field's problem first).</summary>
    public static string Describe(LabDomainException exception) =>
        (exception.Fields?.Values.SelectMany(m => m).FirstOrDefault() ?? exception.Text).In(UiText.Language);

    /// <summary>The workflow runtime's refusals carry only a code, so the page says what they mean.</summary>
    private static string RuntimeMessage(string code) => code switch
    {
        "concurrency_conflict" or "bookmark_consumed" => LabManageTexts.Conflict,
        "forbidden" => LabManageTexts.NotAllowed,
        "instance_not_found" or "incident_not_found" => LabManageTexts.NotFound,
        "instance_ended" => LabManageTexts.LabEnded,
        _ => LabManageTexts.Failed,
    };
}
