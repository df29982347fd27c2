using LabFlow.Activities.Labs;
using LabFlow.Activities.Organisation;
using LabFlow.Activities.Tests.Tasks;
using LabFlow.Activities.Tests.TestSupport;

namespace LabFlow.Activities.Tests.Labs;

public sealed class LabPeopleChoicesTests
{
    private static readonly string ReportFlow = TaskJournalTests.ReportFlow;

    [Fact]
    public async Task SearchForLabAsync_OffersOnlyTheLabsAdministration_WhenAManagerSearches()
    {
        // Arrange
        await using var host = new LabTestHost();
        var lab = await host.LaunchAsync(ReportFlow);

        // Act
        var coordinators = await host.Get<LabPeopleChoices>().SearchForLabAsync(lab.Id, LabTestHost.Facilitator.Id, "samordnare", host.Token);
        var otherAdministration = await host.Get<LabPeopleChoices>().SearchForLabAsync(lab.Id, LabTestHost.Facilitator.Id, "ola", host.Token);

        // Assert
        Assert.Equal(["Kim Samordnare", "Lo Samordnare"], coordinators.Select(p => p.Name));
        Assert.Empty(otherAdministration);
    }

    [Fact]
    public async Task SearchForLabAsync_FindsANameWithoutRegardToCaseOrAccents_WhenTheSearchHasNone()
    {
        // Arrange: an email without the name, so only the name can match.
        await using var host = new LabTestHost();
        var lab = await host.LaunchAsync(ReportFlow);
        var rene = new Person(Guid.NewGuid(), "René Ödman", "r.o@example.se");
        await host.Directory.SavePersonAsync(rene, host.Token);
        await host.Directory.AddMembershipAsync(new Membership(rene.Id, lab.AdministrationId, Role.Coordinator), host.Token);

        // Act
        var found = await host.Get<LabPeopleChoices>().SearchForLabAsync(lab.Id, LabTestHost.Facilitator.Id, "RENE öd", host.Token);

        // Assert
        Assert.Equal([rene.Id], found.Select(p => p.Id));
    }

    [Fact]
    public async Task SearchForLabAsync_IsForbidden_WhenTheCallerCannotManageTheLab()
    {
        // Arrange
        await using var host = new LabTestHost();
        var lab = await host.LaunchAsync(ReportFlow);

        // Act
        var refusal = await Assert.ThrowsAsync<LabDomainException>(
            () => host.Get<LabPeopleChoices>().SearchForLabAsync(lab.Id, LabTestHost.Coordinator1.Id, "ada", host.Token));

        // Assert
        Assert.Equal(LabErrors.Forbidden, refusal.Code);
    }

    [Fact]
    public async Task SearchForTaskAsync_OffersTheLabsPeople_WhenTheAssigneeSearchesForSomeoneToHandTo()
    {
        // Arrange
        await using var host = new LabTestHost();
        var lab = await host.LaunchAsync(ReportFlow);
        var task = await host.OpenTaskAsync(lab.Id, "report");
        var assignee = task.AssigneeId ?? task.Candidates[0];

        // Act
        var found = await host.Get<LabPeopleChoices>().SearchForTaskAsync(task.Id, assignee, "DELTAGARE", host.Token);

        // Assert
        Assert.Equal(["Ada Deltagare", "Bo Deltagare", "Cy Deltagare"], found.Select(p => p.Name));
    }
}
