using System.Text.Json.Nodes;
using LabFlow.Workflows.ActivityTypes;
using LabFlow.Workflows.Expressions;

namespace LabFlow.Workflows.Definitions;

/// <summary>
/// The semantic checks of a flow: activity types and their inputs, ids, phases, Start, connections,
/// outcomes and reachability. Runs on whatever the shape reader could read, so that one load reports
/// every error at once.
/// </summary>
internal sealed class FlowValidator(IActivityRegistry registry, IExpressionEvaluator expressions, ValidationErrorCollector errors)
{
    private const string StartType = "Start";

    public void Validate(ParsedFlow flow)
    {
        CheckUnique(flow.Phases, p => p.Id, i => $"$.phases[{i}].id", "phase id", "give each phase its own id");
        CheckParameters(flow.Inputs, "inputs", "input");
        CheckParameters(flow.Variables, "variables", "variable");

        var definition = flow.ToDefinition();
        var firstIndexById = CheckUnique(flow.Activities, a => a.Id, i => $"$.activities[{i}].id", "activity id", "give each activity its own id");
        var phaseIds = flow.Phases.Select(p => p.Item.Id).Where(id => id.Length > 0).Distinct(StringComparer.Ordinal).ToList();
        CheckIdLength("$.id", flow.Id, "flow id");
        flow.Phases.ForEach(p => CheckIdLength($"$.phases[{p.Index}].id", p.Item.Id, "phase id"));
        flow.Activities.ForEach(a => CheckIdLength($"$.activities[{a.Index}].id", a.Item.Id, "activity id"));
        var descriptors = new Dictionary<int, ActivityDescriptor>();

        foreach (var (index, activity) in flow.Activities)
        {
            var path = $"$.activities[{index}]";
            CheckPhase(activity, path, phaseIds);
            if (activity.Type.Length == 0)
            {
                continue;
            }

            var descriptor = registry.Find(activity.Type);
            if (descriptor is null)
            {
                var known = registry.All.Select(d => d.TypeName).Order(StringComparer.Ordinal).ToList();
                var suggestion = NameSuggestions.DidYouMean(activity.Type, known);
                if (suggestion.Length > 0)
                {
                    errors.Add($"{path}.type", ValidationCodes.UnknownActivityTypeSuggested, $"unknown activity type '{activity.Type}'{suggestion}",
                        ("type", activity.Type), ("suggestion", NameSuggestions.Nearest(activity.Type, known)!));
                }
                else
                {
                    errors.Add($"{path}.type", ValidationCodes.UnknownActivityType, $"unknown activity type '{activity.Type}'; known types are {string.Join(", ", known)}.",
                        ("type", activity.Type), ("known", string.Join(", ", known)));
                }
                continue;
            }

            descriptors[index] = descriptor;
            CheckInputs(activity, descriptor, path);
            var rule = descriptor.Validate ?? CoreActivityRules.For(descriptor.TypeName);
            if (rule is not null)
            {
                foreach (var issue in rule(new ActivityValidationContext(definition, activity, descriptor, expressions)))
                {
                    errors.Add(Combine(path, issue.Path), issue);
                }
            }
        }

        var start = CheckStart(flow);
        CheckConnections(flow, firstIndexById, descriptors);
        if (start is not null)
        {
            CheckReachability(flow, start.Id, firstIndexById);
        }
    }

    private void CheckParameters(List<Indexed<ParameterDefinition>> parameters, string arrayName, string kind)
    {
        CheckUnique(parameters, p => p.Name, i => $"$.{arrayName}[{i}].name", kind, $"declare each {kind} once");
        foreach (var (index, parameter) in parameters)
        {
            if (parameter.Default is { } value && !LiteralTypes.Matches(parameter.Type, value))
            {
                errors.Add($"$.{arrayName}[{index}].default", ValidationCodes.DefaultWrongType,
                    $"the default of {kind} '{parameter.Name}' must be {LiteralTypes.Describe(parameter.Type)} (found {JsonPaths.Show(value)}).",
                    ("kind", kind), ("name", parameter.Name), ("type", parameter.Type.ToString()), ("expected", LiteralTypes.Describe(parameter.Type)), ("found", JsonPaths.Show(value)));
            }
        }
    }

    private void CheckIdLength(string path, string id, string what)
    {
        if (id.Length > FlowLimits.IdLength)
        {
            errors.Add(path, ValidationCodes.IdTooLong, $"the {what} has {id.Length} characters; shorten it to at most {FlowLimits.IdLength}.",
                ("what", what), ("length", id.Length.ToString(System.Globalization.CultureInfo.InvariantCulture)), ("max", FlowLimits.IdLength.ToString(System.Globalization.CultureInfo.InvariantCulture)));
        }
    }

    private Dictionary<string, int> CheckUnique<T>(List<Indexed<T>> items, Func<T, string> key, Func<int, string> pathOf, string what, string fix)
    {
        var firstIndex = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var (index, item) in items)
        {
            var value = key(item);
            if (value.Length == 0)
            {
                continue;
            }

            if (!firstIndex.TryAdd(value, index))
            {
                var first = pathOf(firstIndex[value]);
                errors.Add(pathOf(index), ValidationCodes.Duplicate, $"duplicate {what} '{value}' (also {first[..first.LastIndexOf('.')]}); {fix}.",
                    ("what", what), ("value", value), ("first", first[..first.LastIndexOf('.')]));
            }
        }

        return firstIndex;
    }

    private void CheckPhase(ActivityNode activity, string path, List<string> phaseIds)
    {
        if (activity.Phase is not { Length: > 0 } phase || phaseIds.Contains(phase, StringComparer.Ordinal))
        {
            return;
        }

        var suggestion = NameSuggestions.DidYouMean(phase, phaseIds);
        errors.Add($"{path}.phase", ValidationCodes.UndeclaredPhase, suggestion.Length > 0
            ? $"phase '{phase}' is not declared{suggestion}"
            : phaseIds.Count == 0
                ? $"phase '{phase}' is not declared; the flow declares no phases, add it to \"phases\"."
                : $"phase '{phase}' is not declared; declare it in \"phases\" (declared: {string.Join(", ", phaseIds)}).",
            ("phase", phase), ("declared", string.Join(", ", phaseIds)));
    }

    private void CheckInputs(ActivityNode activity, ActivityDescriptor descriptor, string path)
    {
        var inputsPath = $"{path}.inputs";
        var known = descriptor.Inputs.Select(i => i.Name).ToList();
        foreach (var (name, value) in activity.Inputs ?? [])
        {
            var inputPath = JsonPaths.Property(inputsPath, name);
            var input = descriptor.Inputs.FirstOrDefault(i => string.Equals(i.Name, name, StringComparison.Ordinal));
            if (input is null)
            {
                var suggestion = NameSuggestions.DidYouMean(name, known);
                errors.Add(inputPath, ValidationCodes.UnknownInput, suggestion.Length > 0
                    ? $"{descriptor.TypeName} has no input '{name}'{suggestion}"
                    : known.Count == 0
                        ? $"{descriptor.TypeName} takes no inputs; remove '{name}'."
                        : $"{descriptor.TypeName} has no input '{name}'; its inputs are {string.Join(", ", known)}.",
                    ("type", descriptor.TypeName), ("input", name), ("known", string.Join(", ", known)));
                continue;
            }

            if (value is not null)
            {
                CheckInputValue(descriptor, input, value, inputPath);
            }
        }

        foreach (var input in descriptor.Inputs.Where(i => i.Required && activity.Inputs?[i.Name] is null))
        {
            errors.Add(inputsPath, ValidationCodes.MissingInput, $"activity '{activity.Id}' ({descriptor.TypeName}) is missing the required input '{input.Name}'; add \"{input.Name}\" to its inputs.",
                ("activity", activity.Id), ("type", descriptor.TypeName), ("input", input.Name));
        }
    }

    private void CheckInputValue(ActivityDescriptor descriptor, ActivityInputDescriptor input, JsonNode value, string path)
    {
        if (ExpressionValue.TryGetExpression(value, out var kind, out var code))
        {
            if (!input.AllowsExpressions)
            {
                errors.Add(path, ValidationCodes.ExpressionNotAllowed, $"input '{input.Name}' of {descriptor.TypeName} does not take expressions; write the value itself.",
                    ("input", input.Name), ("type", descriptor.TypeName));
            }
            else if (ExpressionSyntax.Check(kind, code, expressions) is { } parseError)
            {
                errors.Add(Combine(path, parseError.Path), parseError);
            }

            return;
        }

        if (!LiteralTypes.Matches(input.Type, value))
        {
            if (input.Type is FlowValueType.Date or FlowValueType.DateTime
                && value is JsonObject relative
                && !ExpressionValue.LooksLikeBrokenExpression(value)
                && RelativeDate.Check(relative) is { } dateError)
            {
                errors.Add(Combine(path, dateError.Path), dateError);
                return;
            }

            var hint = ExpressionValue.LooksLikeBrokenExpression(value)
                ? " To compute the value, write { \"js\": \"…\" } or { \"liquid\": \"…\" } with the code as a string and no other property."
                : string.Empty;
            errors.Add(path, ValidationCodes.InputWrongType, $"input '{input.Name}' of {descriptor.TypeName} must be {LiteralTypes.Describe(input.Type)} (found {JsonPaths.Show(value)}).{hint}",
                ("input", input.Name), ("type", descriptor.TypeName), ("expected", input.Type.ToString()), ("found", JsonPaths.Show(value)));
            return;
        }

        const string choicePrefix = "choice:";
        if (input.Editor.StartsWith(choicePrefix, StringComparison.Ordinal)
            && value is JsonValue choiceValue
            && choiceValue.TryGetValue<string>(out var choice))
        {
            var choices = input.Editor[choicePrefix.Length..].Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
            if (!choices.Contains(choice, StringComparer.Ordinal))
            {
                errors.Add(path, ValidationCodes.InputNotAChoice, $"input '{input.Name}' of {descriptor.TypeName} must be one of {string.Join(", ", choices)} (found {JsonPaths.Show(value)}).",
                    ("input", input.Name), ("type", descriptor.TypeName), ("choices", string.Join(", ", choices)), ("found", JsonPaths.Show(value)));
            }
        }

        foreach (var issue in input.Rule?.Invoke(value) ?? [])
        {
            errors.Add(Combine(path, issue.Path), issue);
        }
    }

    private ActivityNode? CheckStart(ParsedFlow flow)
    {
        var starts = flow.Activities.Where(a => string.Equals(a.Item.Type, StartType, StringComparison.Ordinal)).ToList();
        if (starts.Count == 0)
        {
            errors.Add("$.activities", ValidationCodes.NoStart, "the flow has no Start activity; add { \"id\": \"start\", \"type\": \"Start\" } and connect it to the first step.");
            return null;
        }

        var first = starts[0];
        foreach (var extra in starts.Skip(1))
        {
            errors.Add($"$.activities[{extra.Index}].type", ValidationCodes.SecondStart,
                $"a second Start activity (the first is '{first.Item.Id}' at $.activities[{first.Index}]); a flow has exactly one Start.",
                ("first", first.Item.Id), ("firstPath", $"$.activities[{first.Index}]"));
        }

        return starts.Count == 1 ? first.Item : null;
    }

    private void CheckConnections(ParsedFlow flow, Dictionary<string, int> firstIndexById, Dictionary<int, ActivityDescriptor> descriptors)
    {
        var activityIds = firstIndexById.Keys.ToList();
        var seen = new Dictionary<(string, string, string), int>();
        foreach (var (index, connection) in flow.Connections)
        {
            var path = $"$.connections[{index}]";
            var fromKnown = CheckEnd(connection.From, $"{path}.from", firstIndexById, activityIds);
            CheckEnd(connection.To, $"{path}.to", firstIndexById, activityIds);

            if (fromKnown)
            {
                var source = flow.Activities.First(a => a.Index == firstIndexById[connection.From]);
                if (descriptors.TryGetValue(source.Index, out var descriptor))
                {
                    CheckOutcome(connection, path, source.Item, descriptor);
                }
            }

            var key = (connection.From, connection.OutcomeOrDefault, connection.To);
            if (connection.From.Length > 0 && connection.To.Length > 0 && !seen.TryAdd(key, index))
            {
                errors.Add(path, ValidationCodes.DuplicateConnection,
                    $"the same connection as $.connections[{seen[key]}] (from '{connection.From}', outcome '{connection.OutcomeOrDefault}', to '{connection.To}'); remove one.",
                    ("first", $"$.connections[{seen[key]}]"), ("from", connection.From), ("outcome", connection.OutcomeOrDefault), ("to", connection.To));
            }
        }
    }

    private bool CheckEnd(string id, string path, Dictionary<string, int> firstIndexById, List<string> activityIds)
    {
        if (id.Length == 0)
        {
            return false;
        }

        if (firstIndexById.ContainsKey(id))
        {
            return true;
        }

        var suggestion = NameSuggestions.DidYouMean(id, activityIds);
        errors.Add(path, ValidationCodes.UnknownActivityId, suggestion.Length > 0
            ? $"no activity has id '{id}'{suggestion}"
            : $"no activity has id '{id}'; use the id of one of the flow's activities.",
            ("id", id));
        return false;
    }

    private void CheckOutcome(ConnectionDefinition connection, string path, ActivityNode source, ActivityDescriptor descriptor)
    {
        var outcomes = descriptor.Outcomes.Resolve(source.Inputs);
        var outcome = connection.OutcomeOrDefault;
        if (outcomes.Contains(outcome, StringComparer.Ordinal))
        {
            return;
        }

        var label = $"activity '{source.Id}' ({descriptor.TypeName})";
        if (outcomes.Count == 0)
        {
            errors.Add(path, ValidationCodes.NoOutcomes, $"{label} has no outcomes, so no connection can start from it; remove this connection.",
                ("activity", source.Id), ("type", descriptor.TypeName));
        }
        else if (connection.Outcome is null)
        {
            errors.Add(path, ValidationCodes.UnknownOutcome, $"{label} has no outcome '{outcome}' (the outcome when \"outcome\" is left out); add \"outcome\", one of {string.Join(", ", outcomes)}.",
                ("activity", source.Id), ("type", descriptor.TypeName), ("outcome", outcome), ("outcomes", string.Join(", ", outcomes)));
        }
        else
        {
            errors.Add($"{path}.outcome", ValidationCodes.UnknownOutcome, $"{label} has no outcome '{outcome}'; its outcomes are {string.Join(", ", outcomes)}.",
                ("activity", source.Id), ("type", descriptor.TypeName), ("outcome", outcome), ("outcomes", string.Join(", ", outcomes)));
        }
    }

    private void CheckReachability(ParsedFlow flow, string startId, Dictionary<string, int> firstIndexById)
    {
        var next = flow.Connections
            .Select(c => c.Item)
            .Where(c => firstIndexById.ContainsKey(c.From) && firstIndexById.ContainsKey(c.To))
            .ToLookup(c => c.From, c => c.To, StringComparer.Ordinal);
        var reached = new HashSet<string>(StringComparer.Ordinal) { startId };
        var queue = new Queue<string>([startId]);
        while (queue.TryDequeue(out var id))
        {
            foreach (var target in next[id])
            {
                if (reached.Add(target))
                {
                    queue.Enqueue(target);
                }
            }
        }

        foreach (var (index, activity) in flow.Activities)
        {
            if (activity.Id.Length > 0 && firstIndexById[activity.Id] == index && !reached.Contains(activity.Id))
            {
                errors.Add($"$.activities[{index}]", ValidationCodes.Unreachable, $"activity '{activity.Id}' cannot be reached from Start; connect another activity to it or remove it.", ("activity", activity.Id));
            }
        }
    }

    private static string Combine(string activityPath, string relativePath) => relativePath switch
    {
        "" => activityPath,
        _ when relativePath.StartsWith('[') => activityPath + relativePath,
        _ => $"{activityPath}.{relativePath}",
    };
}
