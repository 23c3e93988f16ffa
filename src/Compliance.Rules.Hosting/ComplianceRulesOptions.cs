using Compliance.Rules.Engine;
using Compliance.Rules.Records;

namespace Compliance.Rules.Hosting;

/// <summary>
/// Which rules a host runs and when a proposed change is refused. Bound from the
/// <c>ComplianceRules</c> configuration section; checked when the host starts.
/// </summary>
public sealed class ComplianceRulesOptions
{
    /// <summary>The configuration section the options are bound from.</summary>
    public const string SectionName = "ComplianceRules";

    /// <summary>A rule pack file; the built-in pack when not set.</summary>
    public string? PackPath { get; set; }

    /// <summary>A policy file applied to the pack, when set.</summary>
    public string? PolicyPath { get; set; }

    /// <summary>The lowest severity of an introduced finding that makes a proposed change unacceptable (default <see cref="Severity.High"/>).</summary>
    public Severity BlockAt { get; set; } = Severity.High;

    /// <summary>Whether a changed pack or policy file is reloaded while the host runs (default true).</summary>
    public bool ReloadOnChange { get; set; } = true;

    /// <summary>
    /// How long to wait after the last change before reloading (default 500 ms): an editor or a
    /// deployment writes a file in several steps, and reading between them would see half a file.
    /// </summary>
    public TimeSpan ReloadDelay { get; set; } = TimeSpan.FromMilliseconds(500);
}
