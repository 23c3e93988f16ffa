using Compliance.Rules.Records;

namespace Compliance.Rules.Incidents;

/// <summary>Something a caller, victim or referrer told the police in the course of an incident.</summary>
public sealed record Disclosure
{
    /// <summary>When it was disclosed (not before the incident's <c>receivedAt</c>).</summary>
    public required DateTimeOffset DisclosedAt { get; init; }

    /// <summary>How it reached the police.</summary>
    public required DisclosureSource Source { get; init; }

    /// <summary>What was disclosed, in the crime record's vocabulary.</summary>
    public required AllegationType AllegationType { get; init; }

    /// <summary>The victim named, as a person reference (compared with records only when the pack says references are shared).</summary>
    public string? VictimPersonRef { get; init; }
}
