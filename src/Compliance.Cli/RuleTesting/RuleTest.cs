using Compliance.Rules.Records;

namespace Compliance.Cli.RuleTesting;

/// <summary>One test of a rule test file, checked: what record (or incident, with its linked records), at what instant, under what policy, expecting what.</summary>
/// <param name="File">The test file as displayed (relative to the working directory when under it).</param>
/// <param name="Path">The JSON path of the test in its file (<c>$</c>, or <c>$[2]</c> in an array).</param>
/// <param name="Name">The test's name.</param>
/// <param name="AsOf">The as-of instant.</param>
/// <param name="PolicyPath">The full path of the test's policy, when it has one.</param>
/// <param name="Record">The record; null for an incident test.</param>
/// <param name="Expect">What must hold.</param>
internal sealed record RuleTest(string File, string Path, string Name, DateTimeOffset AsOf, string? PolicyPath, CrimeRecord? Record, RuleTestExpectation Expect)
{
    /// <summary>For an incident test: the incident, judged by the incident rules.</summary>
    public Rules.Incidents.IncidentLog? Incident { get; init; }

    /// <summary>For an incident test: the crime records given with it (those linked to it count).</summary>
    public IReadOnlyList<CrimeRecord> LinkedRecords { get; init; } = [];

    /// <summary>What the test judges, as reports name it: <c>record CR-1</c> or <c>incident INC-1</c>.</summary>
    public string Subject => Incident is { } incident ? $"incident {incident.IncidentId}" : $"record {Record!.CrimeRecordId}";
}
