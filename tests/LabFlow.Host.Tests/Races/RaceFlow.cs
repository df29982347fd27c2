namespace LabFlow.Host.Tests.Races;

/// <summary>
/// The race tests' flow: a coordinator's "report" step (due 10 days after the start) that leads to the facilitator's
/// "next" step, and beside it a "group" step for the lab's communicators (a candidate group).
/// </summary>
internal static class RaceFlow
{
    public const string Id = "race-lab";

    public const string Json = """
        {
          "id": "race-lab",
          "version": 1,
          "name": "Kapplöpning",
          "phases": [ { "id": "explore", "name": "Utforska" } ],
          "variables": [],
          "activities": [
            { "id": "start", "type": "Start" },
            { "id": "report", "type": "UserTask", "phase": "explore",
              "inputs": { "title": "Rapportera intervjuer", "assignee": { "role": "Coordinator" }, "due": { "daysAfterStart": 10 } } },
            { "id": "next", "type": "UserTask", "phase": "explore", "inputs": { "title": "Nästa steg", "assignee": { "role": "Facilitator" } } },
            { "id": "group", "type": "UserTask", "phase": "explore", "inputs": { "title": "Skriv nyhetsbrevet", "assignee": { "role": "Communicator" } } }
          ],
          "connections": [
            { "from": "start", "to": "report" },
            { "from": "start", "to": "group" },
            { "from": "report", "to": "next" }
          ]
        }
        """;
}
