namespace LabFlow.CrashWorker;

/// <summary>
/// The crash test's flow: a timer that, when resumed, counts and waits on a new timer. Every burst consumes one
/// timer bookmark, creates one, and commits one ScheduleTimer outbox row.
/// </summary>
public static class CrashFlow
{
    public const string Id = "crash-loop";

    public const string Json = """
        {
          "id": "crash-loop",
          "version": 1,
          "name": "Crash loop",
          "variables": [ { "name": "n", "type": "Number", "default": 0 } ],
          "activities": [
            { "id": "start", "type": "Start" },
            { "id": "delay", "type": "Delay", "inputs": { "duration": "PT1H" } },
            { "id": "count", "type": "SetVariable", "inputs": { "name": "n", "value": { "js": "vars.n + 1" } } }
          ],
          "connections": [ { "from": "start", "to": "delay" }, { "from": "delay", "to": "count" }, { "from": "count", "to": "delay" } ]
        }
        """;
}
