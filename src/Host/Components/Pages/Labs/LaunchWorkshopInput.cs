namespace LabFlow.Host.Components.Pages.Labs;

/// <summary>One workshop's time and place on the launch form, as typed; each part left empty keeps the flow's.</summary>
internal sealed class LaunchWorkshopInput
{
    public DateOnly? Date { get; set; }

    public TimeOnly? StartTime { get; set; }

    public string? Location { get; set; }

    public string? MeetingLink { get; set; }
}
