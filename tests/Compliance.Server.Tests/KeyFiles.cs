using System.Security.Cryptography;
using System.Text;

namespace Compliance.Server.Tests;

/// <summary>A key file in a temporary folder, with keys whose hashes are computed as the file format defines them.</summary>
internal sealed class KeyFiles : IDisposable
{
    public KeyFiles() => Directory.CreateDirectory(Folder);

    public string Folder { get; } = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "compliance-keys-" + Guid.NewGuid().ToString("N"));

    public string Path => System.IO.Path.Combine(Folder, "keys.txt");

    /// <summary>SHA-256 over the key's UTF-8 bytes, 64 lower-case hex digits: the definition of the file format.</summary>
    public static string Hash(string key) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(key)));

    public void Write(string text)
    {
        var temporary = Path + ".new";
        File.WriteAllText(temporary, text);
        File.Move(temporary, Path, overwrite: true);
    }

    public void Dispose()
    {
        try
        {
            Directory.Delete(Folder, recursive: true);
        }
        catch (IOException)
        {
        }
    }
}
