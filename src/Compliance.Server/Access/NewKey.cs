using System.Security.Cryptography;
using System.Text;

namespace Compliance.Server.Access;

/// <summary>Makes a new API key: 32 random bytes, base64url without padding, and the key-file line that admits it.</summary>
internal static class NewKey
{
    public static (string Key, string Line) Create(string name)
    {
        var key = Base64Url(RandomNumberGenerator.GetBytes(32));
        return (key, $"{name} {HashHex(key)}");
    }

    /// <summary>Lower-case hex SHA-256 of a key's UTF-8 bytes, as the key file holds it.</summary>
    public static string HashHex(string key) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(key)));

    private static string Base64Url(byte[] bytes) =>
        Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_');
}
