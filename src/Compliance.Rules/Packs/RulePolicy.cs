using Compliance.Rules.Packs.Documents;

namespace Compliance.Rules.Packs;

/// <summary>A policy file: changes to a pack (enable/disable rules, severities, parameter values) without copying it.</summary>
public sealed class RulePolicy
{
    internal RulePolicy(PolicyDocument document, string source, byte[] bytes)
    {
        Document = document;
        Source = source;
        Bytes = bytes;
    }

    /// <summary>The id of the pack the policy changes.</summary>
    public string Extends => Document.Extends;

    /// <summary>Where the policy came from.</summary>
    public string Source { get; }

    internal PolicyDocument Document { get; }

    internal byte[] Bytes { get; }

    /// <summary>Loads a policy file.</summary>
    /// <param name="path">The file.</param>
    /// <returns>The policy.</returns>
    /// <exception cref="RulePackException">The file is not a valid policy.</exception>
    public static RulePolicy Load(string path) => RulePackLoader.LoadPolicy(File.ReadAllBytes(path), Path.GetFileName(path));

    /// <summary>Loads a policy from a stream.</summary>
    /// <param name="stream">The JSON.</param>
    /// <param name="sourceName">Name used in error messages.</param>
    /// <returns>The policy.</returns>
    /// <exception cref="RulePackException">The JSON is not a valid policy.</exception>
    public static RulePolicy Load(Stream stream, string sourceName)
    {
        using var buffer = new MemoryStream();
        stream.CopyTo(buffer);
        return RulePackLoader.LoadPolicy(buffer.ToArray(), sourceName);
    }
}
