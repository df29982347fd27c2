namespace LabFlow.Host.Infrastructure.Identity;

/// <summary>A signed-in person as the database describes them under one security stamp.</summary>
/// <param name="CanSignIn">Active in the directory and allowed by Identity's rules.</param>
/// <param name="Fingerprint">The claims a sign-in should carry, as <see cref="SessionValidator"/> compares them.</param>
internal sealed record SessionSnapshot(string SecurityStamp, bool CanSignIn, string Fingerprint);
