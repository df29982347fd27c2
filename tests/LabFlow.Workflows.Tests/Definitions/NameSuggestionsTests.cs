using LabFlow.Workflows.Definitions;

namespace LabFlow.Workflows.Tests.Definitions;

public sealed class NameSuggestionsTests
{
    [Theory]
    [InlineData("UserTsk", "UserTask")]
    [InlineData("nmae", "name")]
    [InlineData("usertask", "UserTask")]
    [InlineData("Decison", "Decision")]
    public void Nearest_ReturnsKnownName_WhenNameIsCloseTypo(string name, string expected)
    {
        var nearest = NameSuggestions.Nearest(name, ["Start", "UserTask", "Decision", "name"]);

        Assert.Equal(expected, nearest);
    }

    [Theory]
    [InlineData("Int")]
    [InlineData("Teleport")]
    public void Nearest_ReturnsNull_WhenNoNameIsClose(string name)
    {
        var nearest = NameSuggestions.Nearest(name, ["List", "UserTask", "Decision"]);

        Assert.Null(nearest);
    }

    [Theory]
    [InlineData("kitten", "sitting", 3)]
    [InlineData("ab", "ba", 1)]
    [InlineData("", "abc", 3)]
    public void EditDistance_CountsEdits_WhenStringsDiffer(string a, string b, int expected)
    {
        Assert.Equal(expected, NameSuggestions.EditDistance(a, b));
    }
}
