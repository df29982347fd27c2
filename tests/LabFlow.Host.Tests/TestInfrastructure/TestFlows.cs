namespace LabFlow.Host.Tests.TestInfrastructure;

/// <summary>Small flows built from the core activities, for tests of stores and runtime together.</summary>
public static class TestFlows
{
    /// <summary>Waits for the signal "go", then counts how often it continued (variable <c>continued</c>).</summary>
    public const string WaitOnce = """
        {
          "id": "wait-once",
          "version": 1,
          "name": "Wait once",
          "phases": [ { "id": "prepare", "name": "Prepare" } ],
          "variables": [ { "name": "continued", "type": "Number", "default": 0 } ],
          "activities": [
            { "id": "start", "type": "Start" },
            { "id": "wait", "type": "WaitForSignal", "phase": "prepare", "inputs": { "signal": "go" } },
            { "id": "count", "type": "SetVariable", "inputs": { "name": "continued", "value": { "js": "vars.continued + 1" } } }
          ],
          "connections": [ { "from": "start", "to": "wait" }, { "from": "wait", "to": "count" } ]
        }
        """;

    /// <summary>Five parallel signals w1…w5 joined, then <c>after</c> is counted once.</summary>
    public const string FiveBranches = """
        {
          "id": "five",
          "version": 1,
          "name": "Five branches",
          "variables": [ { "name": "after", "type": "Number", "default": 0 } ],
          "activities": [
            { "id": "start", "type": "Start" },
            { "id": "w1", "type": "WaitForSignal", "inputs": { "signal": "w1" } },
            { "id": "w2", "type": "WaitForSignal", "inputs": { "signal": "w2" } },
            { "id": "w3", "type": "WaitForSignal", "inputs": { "signal": "w3" } },
            { "id": "w4", "type": "WaitForSignal", "inputs": { "signal": "w4" } },
            { "id": "w5", "type": "WaitForSignal", "inputs": { "signal": "w5" } },
            { "id": "j", "type": "Join" },
            { "id": "after", "type": "SetVariable", "inputs": { "name": "after", "value": { "js": "vars.after + 1" } } }
          ],
          "connections": [
            { "from": "start", "to": "w1" }, { "from": "start", "to": "w2" }, { "from": "start", "to": "w3" },
            { "from": "start", "to": "w4" }, { "from": "start", "to": "w5" },
            { "from": "w1", "to": "j" }, { "from": "w2", "to": "j" }, { "from": "w3", "to": "j" },
            { "from": "w4", "to": "j" }, { "from": "w5", "to": "j" },
            { "from": "j", "to": "after" }
          ]
        }
        """;

    /// <summary>A signal and a three-day timer in parallel, joined, then End.</summary>
    public const string SignalAndTimer = """
        {
          "id": "signal-and-timer",
          "version": 1,
          "name": "Signal and timer",
          "phases": [ { "id": "wait", "name": "Wait" } ],
          "activities": [
            { "id": "start", "type": "Start" },
            { "id": "answer", "type": "WaitForSignal", "phase": "wait", "inputs": { "signal": "answer" } },
            { "id": "delay", "type": "Delay", "phase": "wait", "inputs": { "duration": "P3D" } },
            { "id": "j", "type": "Join" },
            { "id": "stop", "type": "End" }
          ],
          "connections": [
            { "from": "start", "to": "answer" }, { "from": "start", "to": "delay" },
            { "from": "answer", "to": "j" }, { "from": "delay", "to": "j" }, { "from": "j", "to": "stop" }
          ]
        }
        """;
}
