using LabFlow.Activities.Tests.TestSupport;

namespace LabFlow.Activities.Tests.Tasks;

public sealed class LabActivityRulesTests
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
        Assert.Contains(messages, m => m.Contains("$.activities[1].inputs.assignee.role: unknown role 'Coordinater'; roles are Admin, Designer, Facilitator, Coordinator, Communicator, HR, Sponsor, Participant.", StringComparison.Ordinal));
        Assert.Contains(messages, m => m.Contains("$.activities[1].inputs.informed[0]: unknown role \"sponsor\" (did you mean 'Sponsor'?)", StringComparison.Ordinal));
        Assert.Contains(messages, m => m.Contains("$.activities[1].inputs.reminders: reminders must be whole days before the due date", StringComparison.Ordinal));
        Assert.Contains(messages, m => m.Contains("$.activities[1].inputs.escalation.notify: unknown role \"Boss\"", StringComparison.Ordinal));
        Assert.Contains(messages, m => m.Contains("$.activities[1].inputs.actions[1].name: action 'ok' is listed twice", StringComparison.Ordinal));
        Assert.Contains(messages, m => m.Contains("$.activities[1].inputs.form[0].type", StringComparison.Ordinal));
    }
}
