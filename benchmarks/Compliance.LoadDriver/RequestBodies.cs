using System.Text;

namespace Compliance.LoadDriver;

/// <summary>The <c>POST /v1/evaluate</c> bodies, one per record of a JSON Lines file, built before the run.</summary>
internal static class RequestBodies
{
    public static byte[][] Load(string path, string asOf) =>
        File.ReadLines(path)
            .Where(line => line.Length > 0)
            .Select(line => Encoding.UTF8.GetBytes($$"""{"record":{{line}},"asOf":"{{asOf}}"}"""))
            .ToArray();
}
