namespace LabFlow.Activities.Forms;

/// <summary>A person chosen in a Person field, for the caller to check against the directory.</summary>
/// <param name="Path">The answer's path, such as <c>risks[0].responsible</c>; report <see cref="FormError.UnknownPerson"/> there.</param>
/// <param name="PersonId">The chosen person's id.</param>
public sealed record FormPersonAnswer(string Path, Guid PersonId);
