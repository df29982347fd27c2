using System.Text.Json.Nodes;
using LabFlow.Activities.Forms;
using LabFlow.Activities.Labs;
using LabFlow.Workflows.Expressions;
using LabFlow.Workflows.Persistence;

namespace LabFlow.Activities.Tasks;

/// <summary>
/// Fills the fields of an open task's form that start from earlier answers (<see cref="FormPrefill"/>) when the person
/// who completes it opens it. The values are computed from the lab as it is then, shown as the task's draft, and are
/// the person's to change. What the person typed (a kept draft) is never overwritten: only fields the draft does not
/// hold are filled. A field whose source step the person may not read (<see cref="AnswerReadRule"/>) stays empty.
/// </summary>
public sealed class TaskPrefill(IWorkflowInstanceStore instances, IExpressionEvaluator expressions, ITaskStore tasks, AnswerReadRule readRule, TimeProvider timeProvider)
{
    /// <summary><paramref name="task"/> with its draft filled for <paramref name="viewerId"/>, or as it is when there is nothing to fill.</summary>
    public async Task<LabTask> ApplyAsync(LabTask task, Lab? lab, Guid viewerId, CancellationToken cancellationToken)
    {
        if (!task.IsOpen || !task.IsFor(viewerId) || task.Form is null)
        {
            return task;
        }

        var draft = task.Draft;
        var pending = FormDefinitionParser.Parse(task.Form).Form.Fields
            .Where(f => f.Initial is not null && draft?.ContainsKey(f.Key) != true)
            .ToList();
        if (pending.Count == 0 || await instances.FindAsync(task.LabId, cancellationToken) is not { } instance)
        {
            return task;
        }

        var state = instance.State;
        var scope = new ExpressionScope(state.Inputs, state.Variables, state.Outputs, state.LabContext, timeProvider.GetUtcNow());
        IReadOnlyList<LabTask>? labTasks = null;
        AnswerReader? reader = null;
        var filled = (JsonObject?)draft?.DeepClone() ?? [];
        foreach (var field in pending)
        {
            var mayRead = true;
            foreach (var step in FormPrefill.StepIds(field.Initial))
            {
                labTasks ??= await tasks.ListByLabAsync(task.LabId, cancellationToken);
                reader ??= await readRule.ReaderAsync(viewerId, lab, cancellationToken);
                mayRead &= labTasks.Where(t => string.Equals(t.ActivityId, step, StringComparison.Ordinal) && t.Answers is not null)
                    .All(t => AnswerReadRule.MayRead(t, reader, labTasks));
            }

            if (mayRead && FormPrefill.Fit(field, FormPrefill.Evaluate(field.Initial!, scope, expressions)) is { } value)
            {
                filled[field.Key] = value;
            }
        }

        return filled.Count == (draft?.Count ?? 0) ? task : task with { Draft = filled };
    }
}
