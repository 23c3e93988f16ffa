namespace Compliance.Cli.History;

/// <summary>An alert of this run against the previous run's alerts.</summary>
internal enum AlertStatus
{
    /// <summary>Raised by this run, not by the previous one (or there was no previous run).</summary>
    New,

    /// <summary>Raised by the previous run too (same unit, metric and alarm instant).</summary>
    Known,

    /// <summary>Raised by the previous run but not by this one: later or corrected records took it back.</summary>
    Withdrawn,
}
