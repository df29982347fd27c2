namespace LabFlow.Host.Tests.ApiResources;

/// <summary>Small flows for the API tests.</summary>
public static class ApiFlows
{
    /// <summary>A coordinator reports interviews (explore), then the facilitator plans the next step (ideate).</summary>
    public const string Story = """
        {
          "id": "api-story",
          "version": 1,
          "name": { "sv": "API-berättelse", "en": "API story" },
          "phases": [ { "id": "explore", "name": { "sv": "Utforska", "en": "Explore" } }, { "id": "ideate", "name": { "sv": "Ta fram idéer", "en": "Come up with ideas" } } ],
          "inputs": [ { "name": "challenge", "type": "String", "required": true } ],
          "activities": [
            { "id": "start", "type": "Start" },
            { "id": "report", "type": "UserTask", "phase": "explore",
              "inputs": {
                "title": { "sv": "Rapportera intervjuer", "en": "Report interviews" },
                "assignee": { "role": "Coordinator" },
                "due": { "daysAfterStart": 18 },
                "form": [
                  { "key": "interviews", "type": "Number", "label": "Antal intervjuer", "required": true, "min": 0, "max": 50 },
                  { "key": "summary", "type": "LongText", "label": "Sammanfattning", "required": true }
                ] } },
            { "id": "next", "type": "UserTask", "phase": "ideate", "inputs": { "title": "Planera idéarbetet", "assignee": { "role": "Facilitator" } } }
          ],
          "connections": [ { "from": "start", "to": "report" }, { "from": "report", "to": "next" } ]
        }
        """;

    /// <summary>Waits for the signal "go" (explore), then a facilitator task (ideate).</summary>
    public const string Signal = """
        {
          "id": "api-signal",
          "version": 1,
          "name": "API signal",
          "phases": [ { "id": "explore", "name": "Utforska" }, { "id": "ideate", "name": "Ta fram idéer" } ],
          "activities": [
            { "id": "start", "type": "Start" },
            { "id": "wait", "type": "WaitForSignal", "phase": "explore", "inputs": { "signal": "go" } },
            { "id": "next", "type": "UserTask", "phase": "ideate", "inputs": { "title": "Efter signalen", "assignee": { "role": "Facilitator" } } }
          ],
          "connections": [ { "from": "start", "to": "wait" }, { "from": "wait", "to": "next" } ]
        }
        """;

    /// <summary>
    /// Everything the authorization matrix needs at once: a coordinator task with a form, a communicator task for a
    /// candidate group, a signal, an idea collection, an idea collection with a vote after it, and a faulting step.
    /// </summary>
    public const string Matrix = """
        {
          "id": "api-matrix",
          "version": 1,
          "name": "API matrix",
          "phases": [ { "id": "explore", "name": "Utforska" } ],
          "variables": [ { "name": "x", "type": "Number", "default": 0 } ],
          "activities": [
            { "id": "start", "type": "Start" },
            { "id": "report", "type": "UserTask", "phase": "explore",
              "inputs": { "title": "Rapport", "assignee": { "role": "Coordinator" }, "due": { "daysAfterStart": 10 },
                          "form": [ { "key": "note", "type": "Text", "label": "Anteckning", "required": true },
                                    { "key": "photo", "type": "File", "label": "Foto" } ] } },
            { "id": "announce", "type": "UserTask", "phase": "explore", "inputs": { "title": "Nyhetsbrev", "assignee": { "role": "Communicator" } } },
            { "id": "wait", "type": "WaitForSignal", "phase": "explore", "inputs": { "signal": "go" } },
            { "id": "ideas", "type": "CollectIdeas", "phase": "explore",
              "inputs": { "title": "Idéer", "participants": { "role": "Participant" }, "closes": { "daysAfterStart": 30 },
                          "form": [ { "key": "idea", "type": "Text", "label": "Idé", "required": true },
                                    { "key": "photo", "type": "File", "label": "Foto" } ] } },
            { "id": "ideas0", "type": "CollectIdeas", "phase": "explore",
              "inputs": { "title": "Idéer före röstning", "participants": { "role": "Participant" }, "closes": { "daysAfterStart": 30 },
                          "form": [ { "key": "idea", "type": "Text", "label": "Idé", "required": true } ] } },
            { "id": "vote", "type": "DotVote", "phase": "explore",
              "inputs": { "title": "Röstning", "participants": { "role": "Participant" }, "source": "ideas0", "closes": { "daysAfterStart": 30 } } },
            { "id": "broken", "type": "SetVariable", "inputs": { "name": "x", "value": { "js": "null.boom" } } }
          ],
          "connections": [
            { "from": "start", "to": "report" }, { "from": "start", "to": "announce" }, { "from": "start", "to": "wait" },
            { "from": "start", "to": "ideas" }, { "from": "start", "to": "ideas0" }, { "from": "ideas0", "to": "vote" },
            { "from": "start", "to": "broken" }
          ]
        }
        """;
}
