namespace LabFlow.Activities.Email;

/// <summary>What rendering needs from the Host's configuration: where links point and who invites to meetings.</summary>
public sealed class EmailRenderingOptions
{
    /// <summary>The address users reach LabFlow at; every link in an email starts with it. Default: <c>http://localhost:5080/</c>.</summary>
    public Uri PublicBaseUrl { get; init; } = new("http://localhost:5080/");

    /// <summary>The ORGANIZER of calendar invitations (the sender address). Default: <c>labflow@localhost</c>.</summary>
    public string OrganizerAddress { get; init; } = "labflow@localhost";

    /// <summary>The organizer's display name. Default: <c>LabFlow</c>.</summary>
    public string OrganizerName { get; init; } = "LabFlow";

    /// <summary>The time zone that dates in emails and calendar files are in. Default: <c>Europe/Stockholm</c>.</summary>
    public string TimeZoneId { get; init; } = "Europe/Stockholm";

    /// <summary>The right-hand side of generated Message-IDs: the public host name.</summary>
    public string MessageIdDomain => PublicBaseUrl.IdnHost;
}
