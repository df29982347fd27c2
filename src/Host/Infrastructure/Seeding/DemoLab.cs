namespace LabFlow.Host.Infrastructure.Seeding;

/// <summary>A demo lab: launched <paramref name="StartDaysFromToday"/> days from the seeding day, its tasks completed up to the steps in <paramref name="StopAt"/>.</summary>
internal sealed record DemoLab(string Title, string Challenge, int StartDaysFromToday, IReadOnlyList<string> StopAt);
