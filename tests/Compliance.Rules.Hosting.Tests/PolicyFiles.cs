namespace Compliance.Rules.Hosting.Tests;

/// <summary>A temporary folder for the pack and policy files a test host reads, deleted afterwards.</summary>
internal sealed class PolicyFiles : IDisposable
{
    /// <summary>Disables VICTIM-003 (the only Low finding of the example record).</summary>
    public const string WithoutVictim003 = """{ "kind": "policy", "extends": "compliance-builtin", "rules": { "VICTIM-003": { "enabled": false } } }""";

    /// <summary>Lowers CANCEL-005 from High to Medium.</summary>
    public const string Cancel005Medium = """{ "kind": "policy", "extends": "compliance-builtin", "rules": { "CANCEL-005": { "severity": "Medium" } } }""";

    /// <summary>Names a rule the built-in pack does not have.</summary>
    public const string UnknownRule = """{ "kind": "policy", "extends": "compliance-builtin", "rules": { "NOPE-001": { "enabled": false } } }""";

    public PolicyFiles() => Directory.CreateDirectory(Folder);

    public string Folder { get; } = Path.Combine(Path.GetTempPath(), "compliance-hosting-" + Guid.NewGuid().ToString("N"));

    public string Policy => Path.Combine(Folder, "policy.json");

    /// <summary>Replaces the policy the way a deployment does: write a new file, then rename it over the old one.</summary>
    public void WritePolicy(string json)
    {
        var temporary = Policy + ".new";
        File.WriteAllText(temporary, json);
        File.Move(temporary, Policy, overwrite: true);
    }

    public void Dispose()
    {
        try
        {
            Directory.Delete(Folder, recursive: true);
        }
        catch (IOException)
        {
            // A watcher may still hold the folder for a moment; the temp folder is cleaned by the OS.
        }
    }
}
