using System.Globalization;
using LabFlow.Activities.Organisation;
using LabFlow.Activities.Tasks;

namespace LabFlow.Host.Tests.LabStories;

/// <summary>Assertions the stories share.</summary>
internal static class LabStoryAssert
{
    private static readonly CultureInfo Swedish = CultureInfo.GetCultureInfo("sv");

    /// <summary>The task's Swedish title, due date, and who does it (one assignee or a candidate group) and who is kept informed.</summary>
    public static void Task(LabTask task, string title, DateOnly due, IReadOnlyList<Person> informed, Person? assignee = null, IReadOnlyList<Person>? candidates = null)
    {
        Assert.Equal(title, task.Title.Get(Swedish));
        Assert.Equal(due, task.Due);
        Assert.Equal(assignee?.Id, task.AssigneeId);
        Assert.Equal([.. (candidates ?? []).Select(p => p.Id)], task.Candidates);
        Assert.Equal([.. informed.Select(p => p.Id)], task.Informed);
    }
}
