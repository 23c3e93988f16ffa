using Compliance.Rules.Reading;

namespace Compliance.Rules.Tests.Reading;

/// <summary>
/// Values the model cannot hold safely are rejected with the record's line and JSON path, and the
/// records around them are read as usual: nulls in lists, properties given twice, instants outside
/// 1900–2199 and escapes that are not valid UTF-16.
/// </summary>
public sealed class StrictValueTests
{
    private const string Statement = """{"statementId":"S-1","type":"FIRST_ACCOUNT","takenAt":"2008-11-05T10:00:00Z","takenByOfficerRef":"OFF-1","initiatedBy":"VICTIM"}""";
    private const string Entry = """{"seq":1,"effectiveAt":"2008-11-05T18:15:00Z","changeType":"INITIAL","homeOfficeCode":"19C"}""";

    [Theory]
    [InlineData(",\"statements\":[null]", "$.statements[0]")]
    [InlineData(",\"statements\":[" + Statement + ",null]", "$.statements[1]")]
    [InlineData(",\"outcomes\":[null]", "$.outcomes[0]")]
    [InlineData(",\"classificationHistory\":[" + Entry + ",null]", "$.classificationHistory[1]")]
    [InlineData(",\"classificationHistory\":[{\"seq\":1,\"effectiveAt\":\"2008-11-05T18:15:00Z\",\"changeType\":\"INITIAL\",\"homeOfficeCode\":\"19C\",\"aviRefs\":[\"AVI-1\",null]}]", "$.classificationHistory[0].aviRefs[1]")]
    [InlineData(",\"victims\":[{\"personRef\":\"P-1\",\"enhancedRightsEligible\":true,\"vulnerabilityFlags\":[null]}]", "$.victims[0].vulnerabilityFlags[0]")]
    public void A_null_in_a_list_is_rejected_at_its_element(string extraMembers, string path)
    {
        var outcome = ReadAll.Lines($"{SampleRecords.Minimal("CR-0")}\n{SampleRecords.Minimal("CR-1", extraMembers)}\n{SampleRecords.Minimal("CR-2")}\n");

        var rejection = outcome.SingleRejection();
        Assert.Equal((RejectionCode.InvalidRecord, 2L, path), (rejection.Code, rejection.Line, rejection.JsonPath));
        Assert.StartsWith("null is not allowed in a list", rejection.Reason, StringComparison.Ordinal);
        Assert.Equal((3L, 2L, 1L), (outcome.Statistics.Read, outcome.Statistics.Parsed, outcome.Statistics.Rejected));
    }

    [Theory]
    [InlineData("{\"schemaVersion\":\"1.0\",\"crimeRecordId\":\"CR-1\",\"crimeRecordId\":\"CR-2\",\"incident\":{\"reportReceivedAt\":\"2008-11-04T22:41:00Z\"}}", "crimeRecordId")]
    [InlineData("{\"schemaVersion\":\"1.0\",\"crimeRecordId\":\"CR-1\",\"incident\":{\"reportReceivedAt\":\"2008-11-04T22:41:00Z\",\"reportReceivedAt\":\"2009-11-04T22:41:00Z\"}}", "reportReceivedAt")]
    public void A_property_given_twice_is_rejected(string record, string name)
    {
        var outcome = ReadAll.Lines($"{record}\n");

        var rejection = outcome.SingleRejection();
        Assert.Equal(RejectionCode.InvalidRecord, rejection.Code);
        Assert.Equal($"property '{name}' is given twice in the same object: each property may appear once", rejection.Reason);
    }

    [Theory]
    [InlineData("1899-12-31T23:59:59Z", false)]
    [InlineData("1900-01-01T00:00:00Z", true)]
    [InlineData("1900-01-01T00:30:00+01:00", false)]
    [InlineData("1899-12-31T23:30:00-01:00", true)]
    [InlineData("2199-12-31T23:59:59Z", true)]
    [InlineData("2200-01-01T00:00:00Z", false)]
    [InlineData("2199-12-31T23:30:00-01:00", false)]
    [InlineData("0001-01-01T00:00:00Z", false)]
    [InlineData("9999-12-31T23:00:00Z", false)]
    public void Instants_outside_1900_to_2199_are_rejected_at_their_path(string instant, bool accepted)
    {
        var record = $$$"""{"schemaVersion":"1.0","crimeRecordId":"CR-1","incident":{"reportReceivedAt":"{{{instant}}}"}}""";

        var outcome = ReadAll.Lines($"{record}\n");

        if (accepted)
        {
            Assert.Equal(1L, outcome.Statistics.Parsed);
            return;
        }

        var rejection = outcome.SingleRejection();
        Assert.Equal((RejectionCode.InvalidRecord, "$.incident.reportReceivedAt"), (rejection.Code, rejection.JsonPath));
        Assert.Equal($"'{instant}' is out of range: a timestamp must be between 1900-01-01T00:00:00Z and 2199-12-31T23:59:59Z", rejection.Reason);
    }

    [Theory]
    [InlineData("{\"schemaVersion\":\"1.0\",\"crimeRecordId\":\"CR-\\ud800\",\"incident\":{\"reportReceivedAt\":\"2008-11-04T22:41:00Z\"}}", "$.crimeRecordId")]
    [InlineData("{\"schemaVersion\":\"1.0\",\"crimeRecordId\":\"CR-1\",\"incident\":{\"reportReceivedAt\":\"2008-11-04T22:41:00Z\",\"channel\":\"\\udc00\"}}", "$.incident.channel")]
    [InlineData("{\"schemaVersion\":\"1.0\",\"crimeRecordId\":\"CR-1\",\"force\":{\"code\":\"M\",\"name\":\"\\ud800\\ud800\"},\"incident\":{\"reportReceivedAt\":\"2008-11-04T22:41:00Z\"}}", "$.force.name")]
    [InlineData("{\"schemaVersion\":\"\\ud800\",\"crimeRecordId\":\"CR-1\",\"incident\":{\"reportReceivedAt\":\"2008-11-04T22:41:00Z\"}}", "$.schemaVersion")]
    public void An_escape_that_is_not_valid_UTF16_rejects_its_record_only(string record, string path)
    {
        foreach (var outcome in new[] { ReadAll.Lines($"{SampleRecords.Minimal("CR-0")}\n{record}\n{SampleRecords.Minimal("CR-2")}\n"), ReadAll.Json($"[{SampleRecords.Minimal("CR-0")},\n{record},\n{SampleRecords.Minimal("CR-2")}]") })
        {
            var rejection = outcome.SingleRejection();
            Assert.Equal((RejectionCode.InvalidRecord, 2L, path), (rejection.Code, rejection.Line, rejection.JsonPath));
            Assert.Contains("invalid \\u escape", rejection.Reason, StringComparison.Ordinal);
            Assert.Equal((3L, 2L), (outcome.Statistics.Read, outcome.Statistics.Parsed));
        }
    }

    [Fact]
    public void A_surrogate_pair_is_valid()
    {
        var outcome = ReadAll.Lines($"{SampleRecords.Minimal("CR-\\ud83d\\ude00")}\n");

        Assert.Equal(1L, outcome.Statistics.Parsed);
    }

    [Fact]
    public void UTF16_input_is_named_as_such()
    {
        var bytes = System.Text.Encoding.Unicode.GetPreamble().Concat(System.Text.Encoding.Unicode.GetBytes(SampleRecords.Minimal("CR-1"))).ToArray();

        foreach (var format in new[] { RecordInputFormat.JsonLines, RecordInputFormat.Json })
        {
            var outcome = ReadAll.Bytes(bytes, format);

            var rejection = outcome.SingleRejection();
            Assert.Equal(RejectionCode.InvalidUtf8, rejection.Code);
            Assert.StartsWith("the input looks UTF-16 encoded", rejection.Reason, StringComparison.Ordinal);
        }
    }

    [Theory]
    [InlineData(1000, true)]
    [InlineData(1001, false)]
    public void A_list_may_have_at_most_1000_entries(int count, bool accepted)
    {
        var contacts = string.Join(",", Enumerable.Range(0, count).Select(i => $$"""{"contactId":"C-{{i}}","at":"2008-11-05T10:00:00Z","officerRef":"OFF-1","questioningDepth":"DETAILED","purposeCode":"SAFEGUARDING"}"""));
        var outcome = ReadAll.Lines($"{SampleRecords.Minimal("CR-1", $",\"victimContacts\":[{contacts}]")}\n");

        if (accepted)
        {
            Assert.Equal(1000, Assert.Single(outcome.Parsed).Record.VictimContacts.Count);
            return;
        }

        var rejection = outcome.SingleRejection();
        Assert.Equal((RejectionCode.TooLarge, "$.victimContacts"), (rejection.Code, rejection.JsonPath));
        Assert.StartsWith("the list has 1001 entries; a record's lists may have at most 1000 each", rejection.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void The_list_limit_applies_to_lists_of_codes_and_nested_lists_too()
    {
        var reasons = string.Join(",", Enumerable.Repeat("\"VICTIM_RELUCTANT\"", 3));
        var outcome = ReadAll.Lines($"{SampleRecords.Minimal("CR-1", $",\"recordingDecision\":{{\"reasonCodes\":[{reasons}]}}")}\n", new RecordReaderOptions { MaxListLength = 2 });

        Assert.Equal((RejectionCode.TooLarge, "$.recordingDecision.reasonCodes"), (outcome.SingleRejection().Code, outcome.SingleRejection().JsonPath));
    }
}
