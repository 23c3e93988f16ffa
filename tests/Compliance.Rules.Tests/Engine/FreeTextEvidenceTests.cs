using Compliance.Rules.Engine;
using Compliance.Rules.Records;
using static Compliance.Rules.Tests.Packs.TestPacks;

namespace Compliance.Rules.Tests.Engine;

/// <summary>
/// Evidence a rule declares as free text is held apart from the rest of a finding's evidence, so
/// that whatever shows findings (reports, the HTTP service) leaves it out unless asked for it; the
/// message is filled from the rest only.
/// </summary>
public sealed class FreeTextEvidenceTests
{
    private static readonly DateTimeOffset AsOf = new(2010, 1, 1, 0, 0, 0, TimeSpan.Zero);

    private static readonly IComplianceEngine Engine = ComplianceEngine.Create(Load(Pack(
        Rule("T-TEXT", "Record.Cancellation != null",
            evidence: "\"code\": \"Record.Cancellation.Code\", \"note\": \"Record.Cancellation.RationaleText\", \"requester\": \"Record.Cancellation.RequestedByOfficerRef\"",
            message: "cancelled with {code} by {requester}")
            .Replace("\"evidence\":", "\"freeTextEvidence\": [\"note\"],\n  \"evidence\":", StringComparison.Ordinal))));

    private static readonly CrimeRecord Cancelled = Record("CR-TEXT") with
    {
        Cancellation = new Cancellation { Code = CancellationCode.C4, RationaleText = "Victim said she made it up", RequestedByOfficerRef = "OFF-7" },
    };

    [Fact]
    public void The_declared_entry_is_kept_apart_and_the_rest_keeps_its_order()
    {
        var finding = Assert.Single(Engine.Evaluate(Cancelled, AsOf).Findings);

        Assert.Equal([("code", (object?)"C4"), ("requester", "OFF-7")], finding.Evidence.Select(e => (e.Key, e.Value)));
        Assert.Equal([("note", (object?)"Victim said she made it up")], finding.FreeTextEvidence.Select(e => (e.Key, e.Value)));
        Assert.Equal("cancelled with C4 by OFF-7", finding.Message);
    }

    [Fact]
    public void Explain_gives_the_same_finding()
    {
        var verdict = Engine.Explain(Cancelled, AsOf).Rules.Single(r => r.RuleId == "T-TEXT");

        Assert.Equal(RuleStatus.Fired, verdict.Status);
        Assert.Equal(["code", "requester"], verdict.Finding!.Evidence.Keys);
        Assert.Equal("Victim said she made it up", verdict.Finding.FreeTextEvidence["note"]);
    }
}
