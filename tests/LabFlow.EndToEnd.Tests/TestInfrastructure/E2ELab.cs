namespace LabFlow.EndToEnd.Tests.TestInfrastructure;

/// <summary>The lab the browser tests launch for themselves (<see cref="LabFlowApiClient.LaunchLabAsync"/>).</summary>
public sealed record E2ELab(Guid Id, string Title)
{
    public const string DefaultTitle = "E2E: Tryggare skolvägar";

    public const string Challenge = "Hur kan vi göra skolvägen tryggare för alla barn?";
}
