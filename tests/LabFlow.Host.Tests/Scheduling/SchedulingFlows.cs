namespace LabFlow.Host.Tests.Scheduling;

/// <summary>Small flows whose lab waits on a Delay and then sets a variable.</summary>
internal static class SchedulingFlows
{
    public static string DelayThenContinue(string id, string duration) => $$"""
        {
          "id": "{{id}}",
          "name": "Delay then continue",
          "activities": [
            { "id": "start", "type": "Start" },
            { "id": "wait", "type": "Delay", "inputs": { "duration": "{{duration}}" } },
            { "id": "after", "type": "SetVariable", "inputs": { "name": "followedUp", "value": true } }
          ],
          "connections": [ { "from": "start", "to": "wait" }, { "from": "wait", "to": "after" } ]
        }
        """;
}
