using System.Text.Json.Nodes;
using LabFlow.Activities.Forms;
using LabFlow.Activities.Messages;
using LabFlow.Activities.Tasks;
using LabFlow.Activities.Tests.TestSupport;
using LabFlow.Workflows.ActivityTypes;
using LabFlow.Workflows.Definitions;

namespace LabFlow.Activities.Tests.Messages;

/// <summary>
/// Every activity input rule reports a catalogue code with the arguments its texts name, so the designer and the flow
/// import show it in the reader's language with the JSON path; one test per rule family, and one flow that breaks them all.
/// </summary>
public sealed class ActivityRuleMessagesTests
{
    private const string Roles = "Admin, Designer, Facilitator, Coordinator, Communicator, HR, Sponsor, Participant, ProjectLead, TrainingCoordinator, ProjectCommunicator, EconomistAdministrator, ProjectHR";

    /// <summary>A flow that breaks every family of input rules at once.</summary>
    private static readonly string BrokenFlow = LabTestHost.Flow(
        """
        { "id": "t", "type": "UserTask",
          "inputs": { "title": "T", "assignee": { "role": "Coordinater" }, "informed": ["sponsor"], "reminders": [7, -1],
                      "escalation": { "notify": "Boss", "overdueDays": -1, "after": 3 },
                      "actions": [ { "name": "ok", "label": "OK" }, { "name": "ok", "label": "OK igen" }, { "label": "Namnlös" } ],
                      "readers": ["HR", "Sponsr"], "quorum": 1.5, "due": { "daysAfterStrat": 3 },
                      "form": [ { "key": "n", "type": "Nummer", "label": "N" }, { "key": "p", "type": "Text", "label": "P", "personal": true } ] } },
        { "id": "t2", "type": "UserTask",
          "inputs": { "title": { "js": "((" }, "readers": { "js": "['HR']" }, "due": { "daysAfterStart": 1.5 }, "opens": { "daysAfterStart": 1, "daysAfterCreated": 2 } } },
        { "id": "d1", "type": "Delay" },
        { "id": "d2", "type": "Delay", "inputs": { "duration": "P1D", "until": "2026-05-01" } },
        { "id": "s1", "type": "SetVariable", "inputs": { "name": "cuont", "value": 1 } },
        { "id": "s2", "type": "SetVariable", "inputs": { "name": "count", "value": "many" } },
        { "id": "sw", "type": "Switch", "inputs": { "cases": [ 5, { "condition": true }, { "name": "Default", "condition": true },
            { "name": "a", "condition": true }, { "name": "a" }, { "name": "b", "condition": "yes" }, { "name": "c", "condition": { "js": "((" } } ] } },
        { "id": "mail", "type": "SendEmail", "inputs": { "to": { "role": "HR" }, "subject": "S", "body": "B" } },
        { "id": "ws", "type": "Workshop", "inputs": { "title": "W", "startTime": "1 pm", "durationMinutes": 0 } },
        { "id": "vote", "type": "DotVote", "inputs": { "title": "Rösta", "source": "start", "closes": { "daysAfterStart": 7 } } }
        """,
        """
        [ { "from": "start", "to": "t" }, { "from": "start", "to": "t2" }, { "from": "start", "to": "d1" }, { "from": "start", "to": "d2" },
          { "from": "start", "to": "s1" }, { "from": "start", "to": "s2" }, { "from": "start", "to": "sw" }, { "from": "start", "to": "mail" },
          { "from": "start", "to": "ws" }, { "from": "start", "to": "vote" }, { "from": "start", "to": "t" } ]
        """,
        variables: """[ { "name": "count", "type": "Number" }, { "name": "flag", "type": "Boolean", "default": "yes" } ]""");

    public static TheoryData<string, string, string, string, string> InputRules => new()
    {
        // rule, value, path, code, arguments (name=value|…)
        { "Assignee", """{ "role": "Coordinater" }""", "role", "activity.unknown_role_suggested", $"role=Coordinater|suggestion=Coordinator|roles={Roles}" },
        { "Assignee", """{ "role": "Boss" }""", "role", "activity.unknown_role", $"role=Boss|roles={Roles}" },
        { "Assignee", """{ "role": "HR", "each": "yes" }""", "each", "activity.assignee_each", string.Empty },
        { "Assignee", "42", string.Empty, "activity.assignee_shape", "found=42" },
        { "AssigneeList", """{ "role": "HR" }""", string.Empty, "activity.assignee_list_not_list", """found={"role":"HR"}""" },
        { "AssigneeList", """[ { "role": "HR" }, 7 ]""", "[1]", "activity.assignee_shape", "found=7" },
        { "RoleList", "\"HR\"", string.Empty, "activity.role_list_not_list", "found=\"HR\"" },
        { "RoleList", """["sponsor"]""", "[0]", "activity.unknown_role_suggested", $"role=sponsor|suggestion=Sponsor|roles={Roles}" },
        { "ReminderDays", "[7, -1]", string.Empty, "activity.reminder_days", "found=[7,-1]" },
        { "Escalation", "7", string.Empty, "activity.escalation_not_object", string.Empty },
        { "Escalation", """{ "overdueDays": 1.5 }""", "overdueDays", "activity.escalation_overdue_days", "found=1.5" },
        { "Escalation", """{ "notify": "Boss" }""", "notify", "activity.unknown_role", $"role=Boss|roles={Roles}" },
        { "Escalation", """{ "after": 3 }""", "after", "activity.escalation_unknown_key", "key=after" },
        { "Actions", "{}", string.Empty, "activity.actions_not_list", string.Empty },
        { "Actions", """[ { "label": "OK" } ]""", "[0]", "activity.action_no_name", string.Empty },
        { "Actions", """[ { "name": "ok" }, { "name": "ok" } ]""", "[1].name", "activity.action_duplicate", "name=ok" },
        { "TimeOfDay", "\"1 pm\"", string.Empty, "activity.time_of_day", "found=\"1 pm\"" },
        { "PositiveCount", "0", string.Empty, "activity.positive_count", "found=0" },
        { "Readers", "\"HR\"", string.Empty, "activity.readers_not_list", "found=\"HR\"" },
        { "Readers", """["Sponsr"]""", "[0]", "activity.unknown_reader_suggested", $"reader=\"Sponsr\"|suggestion=Sponsor|roles={Roles}" },
        { "Readers", """["hr-expert"]""", "[0]", "activity.unknown_reader", $"reader=\"hr-expert\"|roles={Roles}" },
        { "Quorum", "1.5", string.Empty, "activity.quorum_invalid", "found=1.5" },
        { "Form", """{ "key": "n" }""", string.Empty, "form_definition.not_list", """found={"key":"n"}""" },
        { "Form", """[ { "key": "n", "type": "Nummer", "label": "N" } ]""", "[0].type", "form_definition.unknown_type_suggested",
            "type=Nummer|suggestion=Number|types=Text, LongText, Number, Date, Choice, MultiChoice, Checklist, Rating, Person, Link, Group, File" },
        { "Form", """[ { "key": "who", "type": "Person", "label": "Vem", "role": "Boss" } ]""", "[0].role", "activity.unknown_role", $"role=Boss|roles={Roles}" },
        { "Form", """[ { "key": "c", "type": "Checklist", "label": "C" } ]""", "[0].items", "form_definition.options_missing", "type=Checklist|noun=item|property=items" },
        { "Form", """[ { "key": "n", "type": "Number", "label": "N", "min": 10, "max": 5 } ]""", "[0].max", "form_definition.range_reversed", "upper=max|max=5|lower=min|min=10" },
    };

    [Theory]
    [MemberData(nameof(InputRules))]
    public void Rule_ReportsItsCodeAndArguments_WhenTheValueBreaksIt(string rule, string value, string path, string code, string arguments)
    {
        // Arrange
        var node = JsonNode.Parse(value)!;
        Func<JsonNode, IEnumerable<ActivityValidationIssue>> check = rule switch
        {
            "Assignee" => LabInputRules.Assignee,
            "AssigneeList" => LabInputRules.AssigneeList,
            "RoleList" => LabInputRules.RoleList,
            "ReminderDays" => LabInputRules.ReminderDays,
            "Escalation" => LabInputRules.Escalation,
            "Actions" => LabInputRules.Actions,
            "TimeOfDay" => LabInputRules.TimeOfDay,
            "PositiveCount" => LabInputRules.PositiveCount,
            "Readers" => StepReaders.Rule,
            "Quorum" => StepQuorum.Rule,
            _ => LabInputRules.Form,
        };

        // Act
        var issue = Assert.Single(check(node));

        // Assert
        Assert.Equal(path, issue.Path);
        Assert.Equal(code, issue.Code);
        Assert.Equal(Arguments(arguments), issue.Arguments.OrderBy(a => a.Key, StringComparer.Ordinal));
        Assert.Equal(MessageCatalogue.Render(issue.Code, issue.Arguments, MessageCatalogue.English), issue.Message);
    }

    [Fact]
    public void Parse_GivesEveryFormDefinitionErrorACode_WhenManyFieldsAreWrong()
    {
        // Arrange
        var form = JsonNode.Parse("""
            [ "x", { "type": "Text", "label": "A" }, { "key": 5, "type": 7, "label": [] }, { "key": "first name", "type": "Txt" },
              { "key": "p", "preset": "riskTable", "type": "Group", "extra": 1 }, { "key": "q", "preset": 4 }, { "key": "r", "preset": "discriminationGround" },
              { "key": "s", "type": "Number", "label": "S", "options": [], "lable": "S", "zzz": 1, "required": "yes", "min": "0" },
              { "key": "t", "type": "Text", "label": {}, "help": { "sv": 1 }, "maxLength": 0 },
              { "key": "u", "type": "MultiChoice", "label": "U", "minSelected": 3, "options": [ "green", { "value": "red" }, { "value": "red" }, { "label": "x" }, { "value": "y", "colour": "b" } ] },
              { "key": "v", "type": "Choice", "label": "V", "options": 5 }, { "key": "w", "type": "Person", "label": "W", "role": 3 },
              { "key": "g", "type": "Group", "label": "G", "fields": 5, "minRows": 2, "maxRows": 1 }, { "key": "h", "type": "Group", "label": "H" },
              { "key": "t", "type": "Text", "label": "T again" } ]
            """);

        // Act
        var errors = FormDefinitionParser.Parse(form).Errors;

        // Assert: every error is coded, and its Swedish text fills every argument it names.
        Assert.True(errors.Count >= 25, $"Only {errors.Count} errors.");
        Assert.All(errors, e => Assert.NotNull(e.Text));
        Assert.All(errors, e => Assert.StartsWith("form_definition.", e.Text!.Code, StringComparison.Ordinal));
        Assert.All(errors, e => Assert.DoesNotMatch(@"\{[A-Za-z]+\}", e.Text!.In(MessageCatalogue.Swedish)));
        Assert.All(errors, e => Assert.Equal(e.Text!.English, e.Message));
    }

    [Fact]
    public async Task Load_CodesEveryActivityRuleError_WhenAFlowBreaksEachFamily()
    {
        // Arrange
        await using var host = new LabTestHost();

        // Act
        var result = host.Load(BrokenFlow);
        var issues = result.Errors.Concat(result.Warnings).ToList();

        // Assert: no rule falls back to the English-only frame, and every text finds its arguments in both languages.
        Assert.DoesNotContain(issues, e => e.Code is ValidationCodes.ActivityRule or ValidationCodes.Other);
        Assert.All(issues, e => Assert.NotNull(MessageCatalogue.Find(e.Code)));
        Assert.All(issues, e => Assert.True(
            MessageCatalogue.ArgumentNames(MessageCatalogue.Find(e.Code)!.English).IsSubsetOf(e.Arguments.Keys),
            $"{e.Code} at {e.Path} lacks arguments."));
        Assert.All(issues, e => Assert.Equal(MessageCatalogue.Render(e.Code, e.Arguments, MessageCatalogue.English), e.Message));
        string[] expected =
        [
            "activity.unknown_role_suggested", "activity.reminder_days", "activity.escalation_overdue_days", "activity.unknown_role",
            "activity.escalation_unknown_key", "activity.action_duplicate", "activity.action_no_name", "activity.unknown_reader_suggested",
            "activity.quorum_invalid", "activity.quorum_needs_each", "form_definition.unknown_type_suggested",
            "activity.assignee_list_not_list", "activity.time_of_day", "activity.positive_count", "activity.source_no_collect_ideas",
            ValidationCodes.RelativeDateUnknownUnitSuggested, ValidationCodes.RelativeDateNotWhole, ValidationCodes.RelativeDateShape,
            ValidationCodes.ScriptSyntax, ValidationCodes.ExpressionNotAllowed, ValidationCodes.DelayNeither, ValidationCodes.DelayBoth,
            ValidationCodes.VariableUndeclaredSuggested, ValidationCodes.VariableValueType, ValidationCodes.SwitchCaseNotObject,
            ValidationCodes.SwitchCaseNoName, ValidationCodes.SwitchCaseNamedDefault, ValidationCodes.SwitchCaseDuplicate,
            ValidationCodes.SwitchCaseNoCondition, ValidationCodes.SwitchConditionType, ValidationCodes.DefaultWrongType, ValidationCodes.DuplicateConnection,
        ];
        Assert.Empty(expected.Except(issues.Select(e => e.Code)));
    }

    [Theory]
    [InlineData("$.activities[1].inputs.due.daysAfterStrat", ValidationCodes.RelativeDateUnknownUnitSuggested, "unit=daysAfterStrat|suggestion=daysAfterStart")]
    [InlineData("$.activities[2].inputs.due.daysAfterStart", ValidationCodes.RelativeDateNotWhole, "found=1.5|unit=daysAfterStart")]
    [InlineData("$.activities[2].inputs.opens", ValidationCodes.RelativeDateShape, """found={"daysAfterStart":1,"daysAfterCreated":2}""")]
    [InlineData("$.activities[2].inputs.readers", ValidationCodes.ExpressionNotAllowed, "input=readers|type=UserTask")]
    [InlineData("$.activities[3].inputs", ValidationCodes.DelayNeither, "activity=d1")]
    [InlineData("$.activities[5].inputs.name", ValidationCodes.VariableUndeclaredSuggested, "name=cuont|suggestion=count")]
    [InlineData("$.activities[6].inputs.value", ValidationCodes.VariableValueType, "expected=a number|found=\"many\"|name=count|type=Number")]
    [InlineData("$.activities[7].inputs.cases[4].name", ValidationCodes.SwitchCaseDuplicate, "first=cases[3]|name=a")]
    [InlineData("$.activities[7].inputs.cases[5].condition", ValidationCodes.SwitchConditionType, "found=\"yes\"")]
    [InlineData("$.activities[10].inputs.source", "activity.source_no_collect_ideas", "source=start")]
    public async Task Load_ReportsTheCodeAndArgumentsAtTheJsonPath_WhenACoreOrLabRuleFails(string path, string code, string arguments)
    {
        // Arrange
        await using var host = new LabTestHost();

        // Act
        var result = host.Load(BrokenFlow);

        // Assert
        var error = Assert.Single(result.Errors, e => e.Path == path && e.Code == code);
        Assert.Equal(Arguments(arguments), error.Arguments.OrderBy(a => a.Key, StringComparer.Ordinal));
    }

    [Fact]
    public async Task Load_WarnsWithTheDataProtectionCode_WhenAStepCollectsPersonalDataFirst()
    {
        // Arrange
        await using var host = new LabTestHost();

        var flow = LabTestHost.Flow(
            """
            { "id": "research", "type": "UserTask", "inputs": { "title": "Fältstudie", "assignee": { "role": "Coordinator" },
              "form": [ { "key": "quote", "type": "LongText", "label": "Citat", "personal": true } ] } }
            """,
            """[ { "from": "start", "to": "research" } ]""");

        // Act
        var warning = Assert.Single(host.Load(flow).Warnings);

        // Assert
        Assert.Equal("$.activities[1].inputs.form", warning.Path);
        Assert.Equal("activity.personal_data_first", warning.Code);
        Assert.Equal(
            "steget 'research' samlar in personuppgifter (ett fält med \"personal\": true) men inget steg före det har förvalet \"dataProtection\"; lägg till ett dataskyddssteg före det (vad som samlas in, varför, vem som läser det och hur länge det sparas).",
            MessageCatalogue.Render(warning.Code, warning.Arguments, MessageCatalogue.Swedish));
    }

    [Fact]
    public void Issue_CarriesCodeArgumentsAndEnglish_WhenMadeFromACatalogueText()
    {
        // Act
        var issue = ActivityRuleMessages.TimeOfDay.Issue("inputs.startTime", ("found", "\"1 pm\""));

        // Assert
        Assert.Equal("activity.time_of_day", issue.Code);
        Assert.Equal("\"1 pm\"", issue.Arguments["found"]);
        Assert.Equal("must be a time of day such as \"13:00\" (found \"1 pm\").", issue.Message);
        Assert.Equal("ska vara en tid på dagen, till exempel \"13:00\" (fann \"1 pm\").", MessageCatalogue.Render(issue.Code, issue.Arguments, MessageCatalogue.Swedish));
    }

    private static IEnumerable<KeyValuePair<string, string>> Arguments(string text) =>
        text.Length == 0
            ? []
            : text.Split('|').Select(p => p.Split('=', 2)).Select(p => KeyValuePair.Create(p[0], p[1])).OrderBy(p => p.Key, StringComparer.Ordinal);
}
