namespace LabFlow.Activities.Organisation;

/// <summary>The four administrations that pilot the labs; seed data for every installation.</summary>
public static class PilotAdministrations
{
    public static Administration Grundskoleforvaltningen { get; } = new("grundskoleforvaltningen", "Grundskoleförvaltningen");

    public static Administration Forskoleforvaltningen { get; } = new("forskoleforvaltningen", "Förskoleförvaltningen");

    public static Administration ArbetsmarknadOchVuxenutbildning { get; } =
        new("arbetsmarknad-och-vuxenutbildningsforvaltningen", "Arbetsmarknads- och vuxenutbildningsförvaltningen");

    public static Administration Stadsbyggnadskontoret { get; } = new("stadsbyggnadskontoret", "Stadsbyggnadskontoret");

    public static IReadOnlyList<Administration> All { get; } =
        [Grundskoleforvaltningen, Forskoleforvaltningen, ArbetsmarknadOchVuxenutbildning, Stadsbyggnadskontoret];
}
