using LabFlow.Activities.Tests.TestSupport;

namespace LabFlow.Activities.Tests.Tasks;

public sealed class LabInputRulesTests
{
    [Fact]
    public async Task Load_ReportsEveryInputError_WithPathAndFix()
    {
        await using var host = new LabTestHost();
        var flow = LabTestHost.Flow(
            """
            { "id": "t", "type": "UserTask",
              "inputs": { "title": "T", "assignee": { "role": "Coordinater" }, "informed": ["sponsor"], "reminders": [7, -1],
                          "escalation": { "notify": "Boss" },
                          "actions": [ { "name": "ok", "label": "OK" }, { "name": "ok", "label": "OK igen" } ],
                          "form": [ { "key": "n", "type": "Nummer", "label": "N" } ] } }
            """,
            """[ { "from": "start", "to": "t" } ]""");

        var result = host.Load(flow);

        var messages = result.Errors.Select(e => e.ToString()).ToList();
        Assert.Contains(messages, m => m.Contains("$.activities[1].inputs.assignee.role: unknown role 'Coordinater' (did you mean 'Coordinator'?); roles are Admin, Designer, Facilitator, Coordinator, Communicator, HR, Sponsor, Participant, ProjectLead, TrainingCoordinator, ProjectCommunicator, EconomistAdministrator, ProjectHR.", StringComparison.Ordinal));
        Assert.Contains(messages, m => m.Contains("$.activities[1].inputs.informed[0]: unknown role 'sponsor' (did you mean 'Sponsor'?)", StringComparison.Ordinal));
        Assert.Contains(messages, m => m.Contains("$.activities[1].inputs.reminders: reminders must be whole days before the due date", StringComparison.Ordinal));
        Assert.Contains(messages, m => m.Contains("$.activities[1].inputs.escalation.notify: unknown role 'Boss'", StringComparison.Ordinal));
        Assert.Contains(messages, m => m.Contains("$.activities[1].inputs.actions[1].name: action 'ok' is listed twice", StringComparison.Ordinal));
        Assert.Contains(messages, m => m.Contains("$.activities[1].inputs.form[0].type", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Load_ChecksEachInputByItsDescriptorsRule_WhenTheInputsBelongToOtherActivityTypes()
    {
        await using var host = new LabTestHost();
        var flow = LabTestHost.Flow(
            """
            { "id": "mail", "type": "SendEmail",
              "inputs": { "to": [ { "role": "Coordinator" }, { "role": "Sponsor", "each": "yes" }, 42 ], "subject": "S", "body": "B" } },
            { "id": "ws", "type": "Workshop",
              "inputs": { "title": "W", "startTime": "1 pm", "durationMinutes": 0 } }
            """,
            """[ { "from": "start", "to": "mail" }, { "from": "mail", "to": "ws" } ]""");

        var messages = host.Load(flow).Errors.Select(e => e.ToString()).ToList();

        Assert.Contains(messages, m => m.Contains("$.activities[1].inputs.to[1].each: 'each' must be true or false.", StringComparison.Ordinal));
        Assert.Contains(messages, m => m.Contains("$.activities[1].inputs.to[2]: an assignee must be", StringComparison.Ordinal));
        Assert.Contains(messages, m => m.Contains("$.activities[2].inputs.startTime: must be a time of day such as \"13:00\" (found \"1 pm\").", StringComparison.Ordinal));
        Assert.Contains(messages, m => m.Contains("$.activities[2].inputs.durationMinutes: must be a whole number of at least 1 (found 0).", StringComparison.Ordinal));
        Assert.DoesNotContain(messages, m => m.Contains("inputs.to[0]", StringComparison.Ordinal));
    }
}
