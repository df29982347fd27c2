namespace LabFlow.Activities.Surveys;

/// <summary>What sending a survey's links did, per guest of the lab.</summary>
/// <param name="Sent">Guests who got a new link by email.</param>
/// <param name="AlreadyOpen">Guests whose earlier link still works (not sent again).</param>
/// <param name="Answered">Guests who answered already.</param>
/// <param name="WithoutEmail">Guests registered without an email address.</param>
public sealed record SurveyLinksSent(int Sent, int AlreadyOpen, int Answered, int WithoutEmail, DateTimeOffset ExpiresAt);
