namespace LabFlow.Activities.Methods;

/// <summary>What the ratings of one method add up to; <see cref="Average"/> is <c>null</c> while nobody has rated it.</summary>
public sealed record MethodRatings(int Count, double? Average)
{
    public static MethodRatings None { get; } = new(0, null);

    public static MethodRatings Of(IReadOnlyCollection<int> stars) =>
        stars.Count == 0 ? None : new(stars.Count, Math.Round(stars.Average(), 1));
}
