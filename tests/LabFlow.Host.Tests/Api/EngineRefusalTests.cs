using LabFlow.Activities.Messages;
using LabFlow.Host.Api;
using LabFlow.Workflows.Execution;
using Microsoft.AspNetCore.Http;

namespace LabFlow.Host.Tests.Api;

/// <summary>
/// A start that lost the race with publications on every attempt (<see cref="LatestVersionChangedException"/>) is a
/// conflict that says so in the reader's language, as the other lost races are, not a bad request.
/// </summary>
public sealed class EngineRefusalTests
{
    [Fact]
    public void LatestVersionChanged_IsAConflict_WithASwedishAndAnEnglishSentence()
    {
        var refused = new LatestVersionChangedException("social-innovation-lab", 3);

        Assert.Equal(StatusCodes.Status409Conflict, ApiProblems.StatusFor(refused));
        Assert.Equal(EngineMessages.LatestVersionChanged.Swedish, EngineMessages.Describe(refused.Code, refused.Message, MessageCatalogue.Swedish));
        Assert.Equal(refused.Message, EngineMessages.Describe(refused.Code, refused.Message, "en"));
        Assert.Contains("version 3", refused.Message, StringComparison.Ordinal);
    }
}
