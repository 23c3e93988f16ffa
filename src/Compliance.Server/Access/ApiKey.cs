namespace Compliance.Server.Access;

/// <summary>One line of the key file: a name and the SHA-256 of the key (the key itself is never stored).</summary>
/// <param name="Name">The key's name, logged with each request made with it.</param>
/// <param name="Hash">The 32 bytes of SHA-256 over the key's UTF-8 bytes.</param>
internal sealed record ApiKey(string Name, byte[] Hash);
