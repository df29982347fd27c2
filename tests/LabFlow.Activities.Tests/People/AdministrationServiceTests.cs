using LabFlow.Activities.Labs;
using LabFlow.Activities.Organisation;
using LabFlow.Activities.Tests.TestSupport;

namespace LabFlow.Activities.Tests.People;

public sealed class AdministrationServiceTests
{
    private static readonly Person Admin = new(Guid.Parse("30000000-0000-0000-0000-000000000002"), "Alma Admin", "alma@example.se");

    [Fact]
    public async Task AddRenameRetire_KeepTheIdAndRefuseNewLabs_WhenAnAdministratorRetiresIt()
    {
        await using var host = NewHost();
        var service = host.Get<AdministrationService>();

        var added = await service.AddAsync(Admin.Id, "Kulturförvaltningen", null, host.Token);
        var renamed = await service.RenameAsync(Admin.Id, added.Id, "Kultur- och fritidsförvaltningen", host.Token);
        var retired = await service.RetireAsync(Admin.Id, added.Id, host.Token);
        var refused = await Assert.ThrowsAsync<LabDomainException>(() => host.Labs.LaunchAsync(
            new LaunchLabRequest("any", "Labb", added.Id, "Hur kan vi?", LabTestHost.LabStart, []), Admin.Id, host.Token));

        Assert.Equal("kulturforvaltningen", added.Id);
        Assert.Equal(("kulturforvaltningen", "Kultur- och fritidsförvaltningen"), (renamed.Id, renamed.Name));
        Assert.Equal(host.Time.GetUtcNow(), retired.RetiredAt);
        Assert.Equal(
            ["Administration 'kulturforvaltningen' is retired and gets no new labs; choose an administration in use, or ask an administrator to reinstate it."],
            refused.FieldErrors!["administrationId"]);
        Assert.False((await service.ReinstateAsync(Admin.Id, added.Id, host.Token)).IsRetired);
    }

    [Fact]
    public async Task AddAsync_IsRefused_WhenNotAnAdministratorOrTheNameIsTaken()
    {
        await using var host = NewHost();
        var service = host.Get<AdministrationService>();

        var forbidden = await Assert.ThrowsAsync<LabDomainException>(() => service.AddAsync(LabTestHost.Facilitator.Id, "Kulturförvaltningen", null, host.Token));
        var taken = await Assert.ThrowsAsync<LabDomainException>(() => service.AddAsync(Admin.Id, "grundskoleförvaltningen", "ny-grundskola", host.Token));
        var empty = await Assert.ThrowsAsync<LabDomainException>(() => service.AddAsync(Admin.Id, " ", null, host.Token));

        Assert.Equal(LabErrors.Forbidden, forbidden.Code);
        Assert.Equal(["Administration 'grundskoleforvaltningen' already has the name 'Grundskoleförvaltningen'; give another name."], taken.FieldErrors!["name"]);
        Assert.Equal(["Give the administration's official name, such as \"Kulturförvaltningen\"."], empty.FieldErrors!["name"]);
    }

    [Theory]
    [InlineData("Arbetsmarknads- och vuxenutbildningsförvaltningen", "arbetsmarknads-och-vuxenutbildningsforvaltningen")]
    [InlineData("  Stadsbyggnadskontoret ", "stadsbyggnadskontoret")]
    [InlineData("Äldre samt vård & omsorg", "aldre-samt-vard-omsorg")]
    public void Slug_MakesALowercaseId_FromAnOfficialName(string name, string expected) =>
        Assert.Equal(expected, AdministrationService.Slug(name));

    private static LabTestHost NewHost()
    {
        var host = new LabTestHost();
        host.Directory.AddPerson(Admin);
        host.Directory.AddMembership(new Membership(Admin.Id, PilotAdministrations.Grundskoleforvaltningen.Id, Role.Admin));
        return host;
    }
}
