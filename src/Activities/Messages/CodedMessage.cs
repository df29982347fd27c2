namespace LabFlow.Activities.Messages;

/// <summary>
/// A message as a stable code and named arguments, so each door can show it in the reader's language through
/// <see cref="MessageCatalogue"/> instead of carrying one pre-formatted sentence.
/// </summary>
/// <param name="Code">The catalogue code, such as <c>lab.already_paused</c>.</param>
/// <param name="Arguments">The values the text names (<c>{title}</c>), already formatted invariantly.</param>
/// <param name="Parts">Arguments that are themselves texts (a task's status, what happened to it), shown in the same language.</param>
public sealed record CodedMessage(string Code, IReadOnlyDictionary<string, string> Arguments, IReadOnlyDictionary<string, CodedMessage>? Parts = null)
{
    /// <summary>The English text, for logs, exceptions and the CLI.</summary>
    public string English => MessageCatalogue.Render(this, MessageCatalogue.English);

    /// <summary>The text in <paramref name="language"/> (<c>sv</c> or <c>en</c>; anything else reads Swedish).</summary>
    public string In(string language) => MessageCatalogue.Render(this, language);

    public override string ToString() => English;
}
