using System.Text;
using Compliance.Rules.Incidents;
using Compliance.Rules.Reading;
using Compliance.Rules.Records;

namespace Compliance.Rules.Tests.Incidents;

/// <summary>The incident reader: every line is an incident or a rejection naming source, line, JSON path and reason.</summary>
public sealed class IncidentReaderTests
{
    private const string Valid =
        """{"schemaVersion":"incident-1.0","incidentId":"INC-1","receivedAt":"2008-11-04T22:41:00Z","owningUnit":{"unitId":"SW-RESPONSE"},"qualifiers":["SEXUAL"],"disclosures":[{"disclosedAt":"2008-11-04T22:45:00Z","source":"CALL","allegationType":"RAPE"}],"closedAt":"2008-11-05T03:00:00Z","crimeDecision":{"outcome":"CRIME_RELATED_INCIDENT","rationaleText":"victim consented"}}""";

    [Fact]
    public void A_valid_incident_is_parsed_with_every_field()
    {
        var incident = Assert.IsType<ParsedIncident>(Assert.Single(Read(Valid))).Incident;

        Assert.Equal("INC-1", incident.IncidentId);
        Assert.Equal([IncidentQualifier.Sexual], incident.Qualifiers);
        Assert.Equal(Compliance.Rules.Records.AllegationType.Rape, Assert.Single(incident.Disclosures).AllegationType);
        Assert.Equal(IncidentDecisionOutcome.CrimeRelatedIncident, incident.CrimeDecision!.Outcome);
    }

    [Theory]
    [InlineData("\"extra\":1,", "$.extra", "unknown property 'extra'")]
    [InlineData("\"qualifiers\":[\"SEXUAL_OFFENCE\"],", "$.qualifiers[0]", "expected one of DOMESTIC_ABUSE, SEXUAL")]
    [InlineData("\"closedAt\":\"2008-11-05T03:00:00\",", "$.closedAt", "offset")]
    [InlineData("\"linkedCrimeRecordIds\":[null],", "$.linkedCrimeRecordIds[0]", "null is not allowed")]
    [InlineData("\"channel\":2,", "$.channel", "expected one of EMERGENCY_CALL")]
    public void A_field_that_does_not_fit_the_model_is_rejected_with_its_path(string field, string path, string reason)
    {
        var line = Valid.Replace("\"incidentId\"", field + "\"incidentId\"", StringComparison.Ordinal).Replace(",\"closedAt\":\"2008-11-05T03:00:00Z\"", string.Empty, StringComparison.Ordinal);

        var rejection = Assert.IsType<Rejection>(Assert.Single(Read(line)));

        Assert.Equal(RejectionCode.InvalidIncident, rejection.Code);
        Assert.Equal(path, rejection.JsonPath);
        Assert.Contains(reason, rejection.Reason, StringComparison.Ordinal);
        Assert.Equal(1, rejection.Line);
        Assert.Equal("incidents.jsonl", rejection.Source);
    }

    [Fact]
    public void A_property_given_twice_is_rejected()
    {
        var rejection = Assert.IsType<Rejection>(Assert.Single(Read(Valid.Replace("\"incidentId\":\"INC-1\"", "\"incidentId\":\"INC-1\",\"incidentId\":\"INC-2\"", StringComparison.Ordinal))));

        Assert.Contains("given twice", rejection.Reason, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("\"disclosedAt\":\"2008-11-04T22:45:00Z\"", "\"disclosedAt\":\"2008-11-04T22:40:00Z\"", "$.disclosures[0].disclosedAt")]
    [InlineData("\"closedAt\":\"2008-11-05T03:00:00Z\"", "\"closedAt\":\"2008-11-04T22:40:59Z\"", "$.closedAt")]
    [InlineData("\"outcome\":\"CRIME_RELATED_INCIDENT\"", "\"outcome\":\"CRIME_RELATED_INCIDENT\",\"disclosureIndexes\":[1]", "$.crimeDecision.disclosureIndexes[0]")]
    public void An_instant_before_the_contact_or_an_index_naming_no_disclosure_is_rejected(string from, string to, string path)
    {
        var rejection = Assert.IsType<Rejection>(Assert.Single(Read(Valid.Replace(from, to, StringComparison.Ordinal))));

        Assert.Equal(RejectionCode.InvalidIncident, rejection.Code);
        Assert.Equal(path, rejection.JsonPath);
    }

    [Fact]
    public void A_crime_record_is_not_an_incident()
    {
        var rejection = Assert.IsType<Rejection>(Assert.Single(Read(Valid.Replace("incident-1.0", "1.1", StringComparison.Ordinal))));

        Assert.Equal(RejectionCode.UnsupportedSchemaVersion, rejection.Code);
        Assert.Equal("$.schemaVersion", rejection.JsonPath);
        Assert.Contains("incident-1.0", rejection.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Repeated_and_empty_ids_are_rejected_and_every_line_is_counted()
    {
        var reader = new IncidentReader();
        var text = string.Join('\n', Valid, Valid, Valid.Replace("\"INC-1\"", "\" \"", StringComparison.Ordinal), "[1]", Valid.Replace("INC-1", "INC-2", StringComparison.Ordinal));
        using var stream = new MemoryStream(Encoding.UTF8.GetBytes(text));

        var results = reader.Read(stream, "incidents.jsonl", RecordInputFormat.JsonLines).ToArray();

        Assert.IsType<ParsedIncident>(results[0]);
        var duplicate = Assert.IsType<Rejection>(results[1]);
        Assert.Equal(RejectionCode.DuplicateIncidentId, duplicate.Code);
        Assert.Contains("already read at incidents.jsonl line 1", duplicate.Reason, StringComparison.Ordinal);
        Assert.Equal(RejectionCode.EmptyIncidentId, Assert.IsType<Rejection>(results[2]).Code);
        Assert.Equal("found a JSON array, but an incident is a JSON object { … }", Assert.IsType<Rejection>(results[3]).Reason);
        Assert.IsType<ParsedIncident>(results[4]);
        Assert.Equal(5, reader.Statistics.Read);
        Assert.Equal(2, reader.Statistics.Parsed);
        Assert.Equal(3, reader.Statistics.Rejected);
    }

    [Fact]
    public void Repeated_ids_are_found_the_same_way_after_a_prescan_of_a_file()
    {
        var path = Path.Combine(Path.GetTempPath(), $"incidents-{Guid.NewGuid():N}.jsonl");
        try
        {
            File.WriteAllText(path, string.Join('\n', Valid, Valid.Replace("INC-1", "INC-2", StringComparison.Ordinal), Valid));
            var reader = new IncidentReader();
            using var source = RecordSource.Open(path);

            Assert.True(reader.PrepareDuplicateDetection([source]));
            var codes = reader.Read(source).Select(r => (r as Rejection)?.Code).ToArray();

            Assert.Equal([null, null, RejectionCode.DuplicateIncidentId], codes);
        }
        finally
        {
            File.Delete(path);
        }
    }

    private static ReadResult[] Read(string text)
    {
        using var stream = new MemoryStream(Encoding.UTF8.GetBytes(text));
        return [.. new IncidentReader().Read(stream, "incidents.jsonl", RecordInputFormat.JsonLines)];
    }
}
