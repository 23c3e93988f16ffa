using System.Globalization;
using Compliance.Rules.Auditing;
using Compliance.Rules.Incidents;
using Compliance.Rules.Reading;
using Compliance.Rules.Tests.BuiltInRules;

namespace Compliance.Rules.Tests.Auditing;

/// <summary>
/// The days a record export covers, by the Europe/London calendar, from the first day (inclusive)
/// to the second (exclusive). 1 April 2009 is in summer time (its midnight is 23:00Z the evening
/// before); summer time ended on 25 October 2009, so 1 November 2009 starts at 00:00Z.
/// </summary>
public sealed class RecordsCoverTests
{
    private static readonly RecordsCover Cover = new(new DateOnly(2009, 4, 1), new DateOnly(2009, 11, 1));

    [Theory]
    [InlineData("2009-03-31T22:59:00Z", false)] // 23:59 BST on 31 March: the day before
    [InlineData("2009-03-31T23:00:00Z", true)] // 00:00 BST on 1 April
    [InlineData("2009-04-01T00:00:00+01:00", true)] // the same instant, written in London time
    [InlineData("2009-10-25T00:30:00Z", true)] // 01:30 BST, half an hour before the clocks went back
    [InlineData("2009-10-31T23:59:00Z", true)] // 23:59 GMT on 31 October: the last minute covered
    [InlineData("2009-11-01T00:00:00Z", false)] // 00:00 GMT on 1 November: the end, not covered
    [InlineData("2009-11-01T00:00:00+01:00", true)] // 23:00Z on 31 October, whatever the offset written
    public void A_day_counts_from_London_midnight_to_London_midnight(string instant, bool covered)
    {
        Assert.Equal(covered, Cover.Contains(DateTimeOffset.Parse(instant, CultureInfo.InvariantCulture)));
    }

    [Fact]
    public void An_audit_counts_apart_the_unresolved_links_of_incidents_received_on_covered_days()
    {
        // Three unresolved links: two of an incident received at 00:00 London time on 1 April (in),
        // one of an incident received a minute earlier (out). The listed ids count once per incident.
        var inside = Incidents.TestIncidents.Clean with { IncidentId = "IN", ReceivedAt = At("2009-03-31T23:00:00Z"), Disclosures = [], LinkedCrimeRecordIds = ["CR-X", "CR-Y", "CR-X"] };
        var outside = inside with { IncidentId = "OUT", ReceivedAt = At("2009-03-31T22:59:00Z"), LinkedCrimeRecordIds = ["CR-Z"] };
        ReadResult[] incidents = [new ParsedIncident(inside, "i.jsonl", 1), new ParsedIncident(outside, "i.jsonl", 2)];
        using var audit = new ComplianceAudit(BuiltIn.Engine, TestRecords.AsOf) { IncludesIncidents = true, RecordsCover = Cover };

        audit.AddIncidents(incidents);
        var summary = audit.Complete().Incidents!;

        Assert.Equal((3L, 2L), (summary.UnresolvedIncidentLinks, summary.UnresolvedIncidentLinksInCover));
    }

    [Fact]
    public void Without_a_cover_no_link_is_counted_apart()
    {
        var incident = Incidents.TestIncidents.Clean with { LinkedCrimeRecordIds = ["CR-X"] };

        var summary = ComplianceAudit.Run(BuiltIn.Engine, TestRecords.AsOf, [], [new ParsedIncident(incident, "i.jsonl", 1)]).Incidents!;

        Assert.Equal((1L, 0L), (summary.UnresolvedIncidentLinks, summary.UnresolvedIncidentLinksInCover));
    }

    private static DateTimeOffset At(string instant) => DateTimeOffset.Parse(instant, CultureInfo.InvariantCulture);
}
