using System.Text.Json.Nodes;
using LabFlow.Activities.Forms;
using LabFlow.Workflows.Definitions;

namespace LabFlow.Activities.Tests.ShippedFlows;

/// <summary>The flows in workflows-json/ load through the real loader and carry the lab method's content.</summary>
public sealed class ShippedFlowsTests
{
    private static readonly string[] TaskLikeTypes = ["UserTask", "PhaseGate", "Workshop", "FollowUp", "CollectIdeas", "DotVote"];

    private static readonly string[] Roles = ["Admin", "Designer", "Facilitator", "Coordinator", "Communicator", "HR", "Sponsor", "Participant"];

    public static TheoryData<string> FlowFiles => [.. RepositoryPaths.FlowFiles.Select(Path.GetFileName).OfType<string>()];

    private static WorkflowDefinition LoadValid(string fileName)
    {
        var result = RegisteredLabActivities.CreateLoader().Load(fileName, File.ReadAllText(Path.Combine(RepositoryPaths.WorkflowsJson, fileName)));
        Assert.True(result.IsValid, string.Join("\n", result.Errors));
        return result.Definition!;
    }

    [Fact]
    public async Task LoadDirectoryAsync_ReportsNoErrors_WhenEveryShippedFlowIsLoadedWithTheRegisteredActivities()
    {
        var results = await RegisteredLabActivities.CreateLoader().LoadDirectoryAsync(RepositoryPaths.WorkflowsJson, CancellationToken.None);

        Assert.Empty(results.SelectMany(r => r.Errors).Select(e => e.ToString()));
        Assert.Equal(
            ["active-measures", "equality-conference", "example-approval", "leading-change", "learning-seminar", "social-innovation-lab"],
            results.Select(r => r.Definition!.Id).Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task LoadDirectoryAsync_ReportsNoErrors_WhenEveryShippedFlowIsCheckedAgainstTheDocumentedLabActivities()
    {
        var results = await DocumentedLabActivities.CreateLoader().LoadDirectoryAsync(RepositoryPaths.WorkflowsJson, CancellationToken.None);

        Assert.Empty(results.SelectMany(r => r.Errors).Select(e => e.ToString()));
    }

    [Fact]
    public void RegisteredDescriptors_MatchDocsLabActivities_ForEveryLabTypeTheDomainRegisters()
    {
        var registry = RegisteredLabActivities.ApplicationRegistry;
        var sampleInputs = new JsonObject { ["actions"] = new JsonArray(new JsonObject { ["name"] = "approve" }) };
        var mismatches = new List<string>();

        foreach (var documented in DocumentedLabActivities.All)
        {
            if (registry.Find(documented.TypeName) is not { } registered)
            {
                continue;
            }

            var documentedInputs = documented.Inputs.ToDictionary(i => i.Name, i => i.Required);
            var registeredInputs = registered.Inputs.ToDictionary(i => i.Name, i => i.Required);
            mismatches.AddRange(documentedInputs.Keys.Except(registeredInputs.Keys).Select(name => $"{documented.TypeName}: input '{name}' is documented but not declared"));
            mismatches.AddRange(registeredInputs.Keys.Except(documentedInputs.Keys).Select(name => $"{documented.TypeName}: input '{name}' is declared but not documented"));
            mismatches.AddRange(documentedInputs.Where(i => registeredInputs.TryGetValue(i.Key, out var required) && required != i.Value)
                .Select(i => $"{documented.TypeName}: input '{i.Key}' is documented as {(i.Value ? "required" : "optional")} but declared {(i.Value ? "optional" : "required")}"));
            foreach (var inputs in new[] { null, sampleInputs })
            {
                var expected = string.Join(", ", documented.Outcomes.Resolve(inputs));
                var actual = string.Join(", ", registered.Outcomes.Resolve(inputs));
                if (expected != actual)
                {
                    mismatches.Add($"{documented.TypeName}: outcomes are documented as [{expected}] but declared as [{actual}]");
                }
            }
        }

        Assert.Empty(mismatches);
    }

    [Fact]
    public void Load_ReportsWrongInputsAndFormsAtTheirPath_SoTheShippedFlowCheckCanFail()
    {
        const string flow = """
            {
              "id": "broken", "version": 1, "name": "Trasig",
              "activities": [
                { "id": "start", "type": "Start" },
                { "id": "task", "type": "UserTask", "inputs": {
                    "title": "Uppgift", "assignee": { "role": "Coordinator" }, "dueDate": { "daysAfterStart": 3 },
                    "form": [ { "key": "a", "type": "Text", "label": "A" }, { "key": "b", "type": "Text", "label": "B" },
                              { "key": "status", "type": "Choice", "label": "Status", "options": [] } ] } }
              ],
              "connections": [ { "from": "start", "to": "task" } ]
            }
            """;

        var result = DocumentedLabActivities.CreateLoader().Load("broken.json", flow);

        Assert.Contains(result.Errors, e => e.Path == "$.activities[1].inputs.dueDate");
        Assert.Contains(
            "broken.json: $.activities[1].inputs.form[2].options: a Choice field needs at least one option; add \"options\": [{ \"value\": \"yes\", \"label\": { \"sv\": \"Ja\", \"en\": \"Yes\" } }].",
            result.Errors.Select(e => e.ToString()));
    }

    [Theory]
    [MemberData(nameof(FlowFiles))]
    public void TaskLikeActivities_NameKnownRolesAndPhases_InEveryFlow(string fileName)
    {
        var flow = LoadValid(fileName);

        foreach (var activity in flow.Activities.Where(a => TaskLikeTypes.Contains(a.Type)))
        {
            var inputs = activity.Inputs!;
            Assert.True(activity.Phase is not null, $"{activity.Id} has no phase");
            Assert.True(activity.Designer is not null, $"{activity.Id} has no designer position");
            foreach (var name in new[] { "assignee", "approver", "participants" })
            {
                // An assignee may be a script (the test rounds go to the concepts' owners); only literal roles are checked here.
                if (inputs[name] is JsonObject assignee && assignee["js"] is null)
                {
                    Assert.Contains(assignee["role"]!.GetValue<string>(), Roles);
                }
            }

            foreach (var informed in inputs["informed"]?.AsArray() ?? [])
            {
                Assert.Contains(informed!.GetValue<string>(), Roles);
            }

            if (inputs["escalation"] is JsonObject escalation)
            {
                Assert.Contains(escalation["notify"]!.GetValue<string>(), Roles);
            }
        }
    }

    [Theory]
    [MemberData(nameof(FlowFiles))]
    public void Designer_LaysActivitiesOutLeftToRightByPhase_WithoutOverlaps(string fileName)
    {
        var flow = LoadValid(fileName);
        var phaseOrder = flow.Phases.Select(p => p.Id).ToList();

        var positions = flow.Activities.Select(a => (a.Id, a.Designer!.X, a.Designer.Y)).ToList();
        Assert.Equal(positions.Count, positions.Select(p => (p.X, p.Y)).Distinct().Count());
        var byPhase = flow.Activities.Where(a => a.Phase is not null).GroupBy(a => phaseOrder.IndexOf(a.Phase!)).OrderBy(g => g.Key).ToList();
        for (var i = 1; i < byPhase.Count; i++)
        {
            // Phases stand side by side, wrapped into rows when the flow is wide (the designer's automatic layout).
            Assert.True(
                byPhase[i - 1].Max(a => a.Designer!.X) < byPhase[i].Min(a => a.Designer!.X)
                    || byPhase[i - 1].Max(a => a.Designer!.Y) < byPhase[i].Min(a => a.Designer!.Y),
                $"phase '{phaseOrder[byPhase[i].Key]}' starts neither right of nor below phase '{phaseOrder[byPhase[i - 1].Key]}'");
        }
    }

    [Theory]
    [MemberData(nameof(FlowFiles))]
    public async Task Serialize_ChangesNothing_WhenAShippedFlowIsLoadedAndSaved(string fileName)
    {
        var text = await File.ReadAllTextAsync(Path.Combine(RepositoryPaths.WorkflowsJson, fileName));

        var saved = WorkflowDefinitionSerializer.Serialize(LoadValid(fileName));

        Assert.Equal(text, saved);
    }

    [Fact]
    public void SocialInnovationLab_HasEveryPhaseAndStepOfTheMethod_InOrder()
    {
        var flow = LoadValid("social-innovation-lab.json");

        Assert.Equal(["prepare", "explore", "ideate", "prototype", "evaluate", "follow-up"], flow.Phases.Select(p => p.Id));
        var steps = flow.Activities.Where(a => TaskLikeTypes.Contains(a.Type)).Select(a => $"{a.Phase}/{a.Id}:{a.Type}@{DueDay(a)}");
        Assert.Equal(
            [
                "prepare/secureMandate:UserTask@-42", "prepare/frameChallenge:UserTask@-35", "prepare/stakeholders:UserTask@-28",
                "prepare/baseline:UserTask@-14", "prepare/sessionDesign:UserTask@-7", "prepare/dataProtection:UserTask@-7",
                "explore/kickoff:Workshop@2", "explore/fieldResearch:UserTask@28", "explore/threeRAnalysis:UserTask@21", "explore/jamkasPlus:UserTask@28",
                "explore/synthesis:Workshop@36", "explore/synthesisGate:PhaseGate@38",
                "ideate/ideationWorkshop:Workshop@44", "ideate/ideaCollection:CollectIdeas@49", "ideate/dotVote:DotVote@52",
                "ideate/prioritise:UserTask@53", "ideate/equalityCheck:UserTask@55", "ideate/completeBasis:UserTask@3",
                "ideate/conceptDecision:UserTask@56", "ideate/conceptGate:PhaseGate@59",
                "prototype/prototypePlan:UserTask@63", "prototype/testRound1:UserTask@84", "prototype/checkIn:UserTask@84", "prototype/testRound2:UserTask@105",
                "evaluate/evaluationWorkshop:Workshop@113", "evaluate/evaluationDecision:UserTask@114", "evaluate/handover:UserTask@126",
                "evaluate/participantSurvey:UserTask@121", "evaluate/labReport:UserTask@133",
                "follow-up/followUp3:FollowUp@216", "follow-up/followUp6:FollowUp@306",
            ],
            steps);
    }

    [Fact]
    public void SocialInnovationLab_RoutesGatesAndTheEvaluationDecision_AsTheMethodSays()
    {
        var flow = LoadValid("social-innovation-lab.json");
        string[] Targets(string from, string outcome) =>
            [.. flow.Connections.Where(c => c.From == from && c.Outcome == outcome).Select(c => c.To).Order(StringComparer.Ordinal)];

        Assert.Equal(["ideaCollection", "ideationWorkshop"], Targets("synthesisGate", "Approve"));
        Assert.Equal(["synthesis"], Targets("synthesisGate", "SendBack"));
        Assert.Equal(["prototypePlan"], Targets("conceptGate", "Approve"));
        Assert.Equal(["conceptDecision"], Targets("conceptGate", "SendBack"));
        Assert.Equal(["ideaCollection", "ideationWorkshop"], Targets("evaluationDecision", "iterate"));
        Assert.Equal(["markStop"], Targets("evaluationDecision", "stop"));
        Assert.Equal(["markPilot"], Targets("evaluationDecision", "pilot"));
        Assert.Equal(["markImplement"], Targets("evaluationDecision", "implement"));
        Assert.Equal(["conceptDecision"], Targets("equalityOk", "True"));
        Assert.Equal(["completeBasis"], Targets("equalityOk", "False"));
        Assert.Equal(["equalityCheck"], flow.Connections.Where(c => c.From == "completeBasis").Select(c => c.To));
        Assert.Equal(["followUp3", "followUp6"], Targets("goesOn", "True"));
        Assert.Equal(["end"], Targets("goesOn", "False"));
    }

    [Fact]
    public void SocialInnovationLab_UsesThePresets_WhereTheMethodHasEqualityTools()
    {
        var flow = LoadValid("social-innovation-lab.json");

        Assert.Equal(
            [
                ("secureMandate", "targetAreas", FormPresets.EqualityTargetAreas),
                ("frameChallenge", "grounds", FormPresets.DiscriminationGrounds),
                ("dataProtection", "dataProtection", FormPresets.DataProtection),
                ("threeRAnalysis", "analysis", FormPresets.ThreeR),
                ("jamkasPlus", "analysis", FormPresets.JamkasPlus),
                ("equalityCheck", "skr", FormPresets.SkrChecklist),
                ("equalityCheck", "grounds", FormPresets.EqualityGrounds),
                ("followUp3", "indicators", FormPresets.IndicatorsBySex),
                ("followUp6", "indicators", FormPresets.IndicatorsBySex),
            ],
            Presets(flow));
    }

    [Fact]
    public void ActiveMeasures_HasTheYearlyStepsScopeAndRiskTable_WithHrOwningAndManagementApproving()
    {
        var flow = LoadValid("active-measures.json");

        Assert.Equal(
            [
                "investigate:UserTask:HR@30", "paySurvey:UserTask:HR@45", "harassment:UserTask:HR@45", "genderDistribution:UserTask:HR@45",
                "analyse:UserTask:HR@60", "analysisGate:PhaseGate:Sponsor@65", "act:UserTask:HR@85", "actionPlanGate:PhaseGate:Sponsor@90",
                "followUp3:FollowUp:HR@180", "evaluate:FollowUp:HR@270",
            ],
            flow.Activities.Where(a => TaskLikeTypes.Contains(a.Type))
                .Select(a => $"{a.Id}:{a.Type}:{(a.Inputs!["assignee"] ?? a.Inputs["approver"])!["role"]}@{DueDay(a)}"));
        Assert.Equal([("investigate", "areas", FormPresets.EmployerAreas), ("act", "risks", FormPresets.RiskTable)], Presets(flow));

        var investigate = Parse(flow, "investigate");
        Assert.Equal(7, investigate.Fields.Single(f => f.Key == "groundsConsidered").Items.Count);
        Assert.Equal(["name", "organisation"], investigate.Fields.Single(f => f.Key == "cooperationPartner").Fields.Select(f => f.Key));
        var risks = Parse(flow, "act").Fields.Single(f => f.Key == "risks");
        Assert.True(risks.Required);
        Assert.Equal(7, risks.Fields.Single(f => f.Key == "ground").Options.Count);
        Assert.Contains(risks.RowRules, rule => rule is OneOfRequiredRowRule { First: "measure", Second: "reasonWithoutMeasure" });
    }

    [Fact]
    public void LearningSeminarAndConference_HaveTheirStepsSpreadOverTheRoles()
    {
        var seminar = LoadValid("learning-seminar.json");
        var conference = LoadValid("equality-conference.json");

        Assert.Equal(
            ["plan:Facilitator", "seminar:Facilitator", "documentation:Coordinator", "share:Communicator", "feedback:Participant"],
            seminar.Activities.Where(a => TaskLikeTypes.Contains(a.Type)).Select(a => $"{a.Id}:{a.Inputs!["assignee"]!["role"]}"));
        Assert.Equal(7, (int)seminar.Activities.Single(a => a.Id == "feedback").Inputs!["opens"]!["daysAfterStart"]!);
        Assert.Equal(
            [
                "programme:Facilitator@-70", "venue:Coordinator@-56", "communicationPlan:Communicator@-56", "registration:Coordinator@-42",
                "runOfShow:Facilitator@-7", "conference:Facilitator@2", "survey:Participant@10", "report:Communicator@30",
            ],
            conference.Activities.Where(a => TaskLikeTypes.Contains(a.Type)).Select(a => $"{a.Id}:{a.Inputs!["assignee"]!["role"]}@{DueDay(a)}"));
    }

    [Fact]
    public void LeadingChange_FramesMapsInvolvesLeadsReflectsAndFollowsUp_WithTheLeadersAsSponsors()
    {
        var flow = LoadValid("leading-change.json");

        Assert.Equal(["frame", "involve", "lead", "reflect", "follow-up"], flow.Phases.Select(p => p.Id));
        Assert.Equal(
            [
                "frameChange:Sponsor@-14", "startSession:Facilitator@1", "mapAffected:Sponsor@14", "involvementPlan:Sponsor@28",
                "leadFirstSteps:Sponsor@70", "reflection:Facilitator@85", "followUp3:Sponsor@174", "followUp6:Sponsor@264",
            ],
            flow.Activities.Where(a => TaskLikeTypes.Contains(a.Type)).Select(a => $"{a.Id}:{a.Inputs!["assignee"]!["role"]}@{DueDay(a)}"));
        Assert.Equal(
            [("frameChange", "targetAreas", FormPresets.EqualityTargetAreas), ("mapAffected", "grounds", FormPresets.DiscriminationGrounds)],
            Presets(flow));
    }

    private static int DueDay(ActivityNode activity) =>
        (int)(activity.Inputs!["due"]!["daysAfterStart"] ?? activity.Inputs["due"]!["daysAfterCreated"])!;

    private static FormDefinition Parse(WorkflowDefinition flow, string activityId)
    {
        var parsed = FormDefinitionParser.Parse(flow.Activities.Single(a => a.Id == activityId).Inputs!["form"]);
        Assert.Empty(parsed.Errors);
        return parsed.Form;
    }

    private static (string Activity, string Key, string Preset)[] Presets(WorkflowDefinition flow) =>
    [
        .. flow.Activities
            .Where(a => a.Inputs?["form"] is JsonArray)
            .SelectMany(a => FormDefinitionParser.Parse(a.Inputs!["form"]).Form.Fields
                .Where(f => f.Preset is not null)
                .Select(f => (a.Id, f.Key, f.Preset!))),
    ];
}
