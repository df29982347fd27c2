using System.Text;

namespace LabFlow.Bench;

/// <summary>
/// The flows the comparison and database benchmarks run: every step adds one to a variable through a script, as
/// WorkflowCore's steps add one to a number in their data.
/// </summary>
internal static class BenchFlows
{
    public static readonly string FourSteps = Flow(
        "bench-four",
        ["start:Start", "a1:Add", "a2:Add", "end:End"],
        [("start", "a1"), ("a1", "a2"), ("a2", "end")]);

    public static readonly string HumanTask = Flow(
        "bench-human",
        ["start:Start", "a1:Add", "wait:Wait", "end:End"],
        [("start", "a1"), ("a1", "wait"), ("wait", "end")]);

    /// <summary>Start, five branches of three steps, a join, two steps and End: twenty activities.</summary>
    public static readonly string TwentyStepsForkJoin = BuildTwenty();

    private static string BuildTwenty()
    {
        var activities = new List<string> { "start:Start", "join:Join", "t1:Add", "t2:Add", "end:End" };
        var connections = new List<(string, string)> { ("join", "t1"), ("t1", "t2"), ("t2", "end") };
        for (var branch = 1; branch <= 5; branch++)
        {
            activities.AddRange([$"b{branch}s1:Add", $"b{branch}s2:Add", $"b{branch}s3:Add"]);
            connections.AddRange([("start", $"b{branch}s1"), ($"b{branch}s1", $"b{branch}s2"), ($"b{branch}s2", $"b{branch}s3"), ($"b{branch}s3", "join")]);
        }

        return Flow("bench-twenty", activities, connections);
    }

    private static string Flow(string id, IEnumerable<string> activities, IEnumerable<(string From, string To)> connections)
    {
        var json = new StringBuilder();
        json.Append("{\"id\":\"").Append(id).Append("\",\"name\":\"").Append(id)
            .Append("\",\"variables\":[{\"name\":\"n\",\"type\":\"Number\",\"default\":0}],\"activities\":[");
        json.AppendJoin(',', activities.Select(Activity));
        json.Append("],\"connections\":[");
        json.AppendJoin(',', connections.Select(c => $"{{\"from\":\"{c.From}\",\"to\":\"{c.To}\"}}"));
        return json.Append("]}").ToString();
    }

    private static string Activity(string spec)
    {
        var (activityId, kind) = (spec[..spec.IndexOf(':', StringComparison.Ordinal)], spec[(spec.IndexOf(':', StringComparison.Ordinal) + 1)..]);
        return kind switch
        {
            "Add" => $"{{\"id\":\"{activityId}\",\"type\":\"SetVariable\",\"inputs\":{{\"name\":\"n\",\"value\":{{\"js\":\"vars.n + 1\"}}}}}}",
            "Wait" => $"{{\"id\":\"{activityId}\",\"type\":\"WaitForSignal\",\"inputs\":{{\"signal\":\"approve\",\"correlation\":{{\"js\":\"lab.key\"}}}}}}",
            "Join" => $"{{\"id\":\"{activityId}\",\"type\":\"Join\",\"inputs\":{{\"mode\":\"All\"}}}}",
            _ => $"{{\"id\":\"{activityId}\",\"type\":\"{kind}\"}}",
        };
    }
}
