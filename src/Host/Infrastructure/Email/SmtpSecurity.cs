namespace LabFlow.Host.Infrastructure.Email;

/// <summary>How the connection to the SMTP server is protected.</summary>
public enum SmtpSecurity
{
    /// <summary>TLS on connect for port 465, otherwise STARTTLS when the server offers it.</summary>
    Auto = 0,

    /// <summary>Plain text; only for a server on the same machine or a test server.</summary>
    None = 1,

    /// <summary>Plain connect, then STARTTLS; fails when the server does not offer it.</summary>
    StartTls = 2,

    /// <summary>TLS from the first byte (usually port 465).</summary>
    SslOnConnect = 3,
}
