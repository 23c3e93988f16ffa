using System.Text;
using Compliance.Rules.Incidents;
using Compliance.Rules.Reading;

namespace Compliance.Rules.Tests.Reading;

/// <summary>
/// A rejected line still names the record it was meant to be, when it can be read that far: its
/// <c>crimeRecordId</c> (an incident log's <c>incidentId</c>) and, for a record, the incident it names.
/// </summary>
public sealed class RejectionIdTests
{
    private static Rejection RejectRecord(string line, RecordReader? reader = null)
    {
        using var stream = new MemoryStream(Encoding.UTF8.GetBytes(line));
        return Assert.IsType<Rejection>((reader ?? new RecordReader()).Read(stream, "r.jsonl", RecordInputFormat.JsonLines).Last());
    }

    [Fact]
    public void A_record_rejected_for_a_timestamp_without_offset_carries_its_id_and_the_incident_it_names()
    {
        var rejection = RejectRecord("""{"schemaVersion":"1.0","crimeRecordId":"CR-1","incident":{"incidentId":"INC-7","reportReceivedAt":"2009-01-01T10:00:00"}}""");

        Assert.Equal(RejectionCode.InvalidRecord, rejection.Code);
        Assert.Equal(("CR-1", "INC-7"), (rejection.Id, rejection.NamedIncidentId));
    }

    [Fact]
    public void A_line_cut_off_after_the_id_still_gives_the_id_but_not_a_value_the_cut_breaks()
    {
        var rejection = RejectRecord("""{"schemaVersion":"1.0","crimeRecordId":"CR-2","incident":{"incidentId":"INC-8""");

        Assert.Equal("CR-2", rejection.Id);
        Assert.Null(rejection.NamedIncidentId);
    }

    [Fact]
    public void An_id_whose_property_name_is_escaped_is_read_by_the_full_walk()
    {
        // "crime\u0052ecordId" spells crimeRecordId: the quick scan cannot tell, the walk unescapes it.
        var rejection = RejectRecord("""{"schemaVersion":"1.0","crime\u0052ecordId":"CR-\u0033","incident":{"reportReceivedAt":"x"}}""");

        Assert.Equal("CR-3", rejection.Id);
    }

    [Theory]
    [InlineData("""{"schemaVersion":"1.0","incident":{"incidentId":"INC-9"}}""")]
    [InlineData("""{"schemaVersion":"1.0","crimeRecordId":"   ","incident":{"incidentId":"INC-9"}}""")]
    [InlineData("""{"schemaVersion":"1.0","crimeRecordId":42}""")]
    [InlineData("""{"schemaVersion":"1.0","crimeRecordId""")]
    [InlineData("""[{"crimeRecordId":"CR-4"}]""")]
    public void A_line_without_a_readable_non_empty_id_carries_none(string line)
    {
        Assert.Null(RejectRecord(line).Id);
    }

    [Fact]
    public void A_repeated_id_carries_the_id_of_the_record_that_was_kept()
    {
        var first = """{"schemaVersion":"1.0","crimeRecordId":"CR-5","incident":{"incidentId":"INC-1","reportReceivedAt":"2009-01-01T10:00:00Z","allegationType":"THEFT"},"recordingDecision":{"outcome":"CRIME_RECORDED","decidedAt":"2009-01-01T11:00:00Z"}}""";
        using var stream = new MemoryStream(Encoding.UTF8.GetBytes(first + "\n" + first.Replace("INC-1", "INC-2", StringComparison.Ordinal)));

        var results = new RecordReader().Read(stream, "r.jsonl", RecordInputFormat.JsonLines).ToArray();

        Assert.IsType<ParsedRecord>(results[0]);
        var duplicate = Assert.IsType<Rejection>(results[1]);
        Assert.Equal(RejectionCode.DuplicateCrimeRecordId, duplicate.Code);
        Assert.Equal(("CR-5", "INC-2"), (duplicate.Id, duplicate.NamedIncidentId));
    }

    [Fact]
    public void A_line_over_the_size_limit_is_not_read_and_carries_no_id()
    {
        var reader = new RecordReader(new RecordReaderOptions { MaxRecordBytes = 64 });
        var rejection = RejectRecord("""{"schemaVersion":"1.0","crimeRecordId":"CR-6","incident":{"incidentId":"INC-1","reportReceivedAt":"2009-01-01T10:00:00Z"}}""", reader);

        Assert.Equal(RejectionCode.TooLarge, rejection.Code);
        Assert.Null(rejection.Id);
    }

    [Fact]
    public void A_rejected_incident_carries_its_incident_id_and_names_no_incident()
    {
        using var stream = new MemoryStream(Encoding.UTF8.GetBytes("""{"schemaVersion":"incident-1.0","incidentId":"INC-BAD","receivedAt":"2008-11-01T20:00:00"}"""));

        var rejection = Assert.IsType<Rejection>(Assert.Single(new IncidentReader().Read(stream, "i.jsonl", RecordInputFormat.JsonLines)));

        Assert.Equal(("INC-BAD", (string?)null), (rejection.Id, rejection.NamedIncidentId));
    }
}
