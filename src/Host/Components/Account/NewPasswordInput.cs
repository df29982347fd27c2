namespace LabFlow.Host.Components.Account;

/// <summary>The form of a page that sets a password: the password and the same again.</summary>
public sealed class NewPasswordInput
{
    public string? Password { get; set; }

    public string? Confirmation { get; set; }
}
