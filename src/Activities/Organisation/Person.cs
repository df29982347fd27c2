namespace LabFlow.Activities.Organisation;

/// <summary>Someone who can be given tasks and emails.</summary>
/// <param name="Culture">The language of their emails and UI: <c>"sv"</c> or <c>"en"</c>.</param>
/// <param name="Active">A person who left stays in history but gets no new work.</param>
public sealed record Person(Guid Id, string Name, string Email, string Culture = "sv", bool Active = true);
