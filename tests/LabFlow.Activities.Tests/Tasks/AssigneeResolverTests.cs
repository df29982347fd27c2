using LabFlow.Activities.Labs;
using LabFlow.Activities.Organisation;
using LabFlow.Activities.Tasks;
using LabFlow.Activities.Tests.TestSupport;

namespace LabFlow.Activities.Tests.Tasks;

public sealed class AssigneeResolverTests
{
    private static readonly Person Facilitator = new(Guid.Parse("21000000-0000-0000-0000-000000000001"), "Fia Facilitator", "fia@example.se");
    private static readonly Person Sponsor = new(Guid.Parse("21000000-0000-0000-0000-000000000003"), "Siv Sponsor", "siv@example.se");

    [Fact]
    public async Task ResolveRoleAsync_ReadsTheLabsPeopleOnce_WhenRolesAreResolvedForTheSameLab()
    {
        var inner = new InMemoryDirectory();
        inner.AddPerson(Facilitator);
        inner.AddPerson(Sponsor);
        var directory = new CountingDirectory(inner);
        var resolver = new AssigneeResolver(directory);
        var lab = new Lab(
            Guid.NewGuid(), "flow", "Labb", "grundskoleforvaltningen", "Hur kan vi …?", [],
            [new LabMember(Facilitator.Id, Role.Facilitator), new LabMember(Sponsor.Id, Role.Sponsor)],
            new DateOnly(2027, 2, 1), false, DateTimeOffset.UnixEpoch, "test");

        var facilitators = await resolver.ResolveRoleAsync(Role.Facilitator, lab, null, CancellationToken.None);
        var sponsors = await resolver.ResolveRoleAsync(Role.Sponsor, lab, null, CancellationToken.None);
        var sponsorsOfTheLabReadAgain = await resolver.ResolveRoleAsync(Role.Sponsor, lab with { }, null, CancellationToken.None);

        Assert.Equal([Facilitator.Id], facilitators.Select(p => p.Id));
        Assert.Equal([Sponsor.Id], sponsors.Select(p => p.Id));
        Assert.Equal([Sponsor.Id], sponsorsOfTheLabReadAgain.Select(p => p.Id));
        Assert.Equal(2, directory.PeopleReads); // once for the lab, once for the lab read again
    }
}
