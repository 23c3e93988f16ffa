using Compliance.Rules.Reading;

namespace Compliance.Rules.Tests.Reading;

/// <summary>Records that are JSON objects but do not fit the model: the path and a reason without .NET type names.</summary>
public sealed class InvalidRecordReasonTests
{
    [Theory]
    [InlineData(",\"colour\":\"red\"", "$.colour", "unknown property 'colour': schemas 1.0 and 1.1 have no such field (check its spelling and case)")]
    [InlineData(",\"force\":{\"code\":\"MPS\",\"Name\":\"x\"}", "$.force.Name", "unknown property 'Name': schemas 1.0 and 1.1 have no such field (check its spelling and case)")]
    [InlineData(",\"recordingDecision\":{\"outcome\":\"PIGEON\"}", "$.recordingDecision.outcome", "expected one of CRIME_RECORDED, N100, CRIME_RELATED_INCIDENT, NOT_RECORDED, TRANSFERRED, found \"PIGEON\"")]
    [InlineData(",\"recordingDecision\":{\"outcome\":1}", "$.recordingDecision.outcome", "expected one of CRIME_RECORDED, N100, CRIME_RELATED_INCIDENT, NOT_RECORDED, TRANSFERRED, found 1")]
    [InlineData(",\"recordingDecision\":{\"reasonCodes\":[\"BECAUSE\"]}", "$.recordingDecision.reasonCodes[0]", "expected one of ")]
    [InlineData(",\"victims\":[{\"personRef\":\"P-1\",\"enhancedRightsEligible\":\"yes\"}]", "$.victims[0].enhancedRightsEligible", "expected true or false, found a string")]
    [InlineData(",\"victims\":[{\"personRef\":\"P-1\",\"enhancedRightsEligible\":true,\"ageAtOffence\":\"27\"}]", "$.victims[0].ageAtOffence", "expected a whole number, found a string")]
    [InlineData(",\"classificationHistory\":[{\"seq\":1e400,\"effectiveAt\":\"2008-11-05T18:15:00Z\",\"changeType\":\"INITIAL\",\"homeOfficeCode\":\"19C\"}]", "$.classificationHistory[0].seq", "expected a whole number, found 1e400")]
    [InlineData(",\"force\":{\"code\":12}", "$.force.code", "expected a string, found 12")]
    [InlineData(",\"force\":\"MPS\"", "$.force", "expected an object, found a string")]
    [InlineData(",\"statements\":{}", "$.statements", "expected an array, found an object")]
    [InlineData(",\"statements\":null", "$.statements", "null is not allowed here: write [] for an empty list, or leave the property out")]
    public void Model_errors_name_the_path_and_what_was_expected(string extraMembers, string path, string reason)
    {
        var outcome = ReadAll.Lines($"{SampleRecords.Minimal("CR-1", extraMembers)}\n");

        var rejection = outcome.SingleRejection();
        Assert.Equal((RejectionCode.InvalidRecord, 1L, path), (rejection.Code, rejection.Line, rejection.JsonPath));
        Assert.StartsWith(reason, rejection.Reason, StringComparison.Ordinal);
        Assert.DoesNotContain("Compliance.Rules", rejection.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Missing_required_fields_are_named()
    {
        var outcome = ReadAll.Lines("""{"schemaVersion":"1.0","incident":{"reportReceivedAt":"2008-11-04T22:41:00Z"}}""");

        var rejection = outcome.SingleRejection();
        Assert.Equal(RejectionCode.InvalidRecord, rejection.Code);
        Assert.Contains("missing required propert", rejection.Reason, StringComparison.Ordinal);
        Assert.Contains("crimeRecordId", rejection.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void A_timestamp_without_an_offset_is_named_with_its_path()
    {
        var outcome = ReadAll.Lines("""{"schemaVersion":"1.0","crimeRecordId":"CR-1","incident":{"reportReceivedAt":"2008-11-04T22:41:00"}}""");

        var rejection = outcome.SingleRejection();
        Assert.Equal("$.incident.reportReceivedAt", rejection.JsonPath);
        Assert.Contains("is not an ISO 8601 timestamp with an offset", rejection.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void A_wrong_free_text_value_is_not_quoted_back()
    {
        // A name typed into a boolean field must not end up in a report.
        var outcome = ReadAll.Lines(SampleRecords.Minimal("CR-1", ",\"victims\":[{\"personRef\":\"P-1\",\"enhancedRightsEligible\":\"Jane Smith\"}]"));

        Assert.DoesNotContain("Jane", outcome.SingleRejection().Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void The_byte_position_points_into_the_line()
    {
        var first = SampleRecords.Minimal("CR-0");
        var bad = SampleRecords.Minimal("CR-1", ",\"colour\":\"red\"");

        var rejection = ReadAll.Lines($"{first}\n{bad}\n").SingleRejection();

        var position = Assert.IsType<long>(rejection.BytePosition);
        Assert.InRange(position - first.Length - 1, bad.IndexOf("colour", StringComparison.Ordinal), bad.Length);
    }
}
