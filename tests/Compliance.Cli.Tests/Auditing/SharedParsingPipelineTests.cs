using System.Text;
using Compliance.Cli.Auditing;
using Compliance.Cli.Reports;
using Compliance.Cli.Reports.Json;
using Compliance.Rules.Auditing;
using Compliance.Rules.Engine;
using Compliance.Rules.Reading;
using Compliance.Rules.Records;
using Compliance.Synthetic;

namespace Compliance.Cli.Tests.Auditing;

/// <summary>
/// The evaluating thread parses for the reading thread while it waits (<see cref="SharedParsing"/>):
/// the JSON report is the same byte for byte as without it, with one worker or several.
/// </summary>
public sealed class SharedParsingPipelineTests
{
    private static readonly DateTimeOffset AsOf = new(2010, 1, 1, 0, 0, 0, TimeSpan.Zero);
    private static readonly IComplianceEngine Engine = ComplianceEngine.CreateBuiltIn();
    private static readonly byte[] Lines = BuildLines();

    [Theory]
    [InlineData(1)]
    [InlineData(3)]
    public void The_report_is_the_same_byte_for_byte_with_the_parsing_shared(int workers)
    {
        var plain = Audit(workers, sharing: null);
        var sharing = new SharedParsing();
        var posts = 0;
        sharing.WorkPosted += () => Interlocked.Increment(ref posts);

        var shared = Audit(workers, sharing);

        Assert.True(posts > 10, $"only {posts} batches were posted: the read did not share its parsing");
        Assert.True(plain.AsSpan().SequenceEqual(shared), "the report with the parsing shared differs from the one without");
    }

    private static byte[] Audit(int workers, SharedParsing? sharing)
    {
        using var audit = new ComplianceAudit(Engine, AsOf);
        using var output = new MemoryStream();
        var writer = new JsonReportWriter(output, ReportContext.Of(audit, ["force.jsonl"], includeText: false));
        var reader = new RecordReader();
        var source = RecordSource.FromStream(new MemoryStream(Lines), "force.jsonl", RecordInputFormat.JsonLines);
        var input = sharing is null ? reader.Read(source) : reader.Read(source, sharing);
        var summary = AuditPipeline.Run(audit, input, writer, batchSize: 16, workers: workers, sharing: sharing);
        writer.Complete(summary);
        writer.Dispose();
        return output.ToArray();
    }

    /// <summary>Generated records, with a repeated id, a broken line and a blank line now and then.</summary>
    private static byte[] BuildLines()
    {
        var text = new StringBuilder();
        var records = SyntheticRecords.Generate(new GeneratorOptions { Records = 900, Seed = 21, Scenario = GeneratorScenario.Sapphire }).Select(RecordJson.Serialize).ToArray();
        for (var i = 0; i < records.Length; i++)
        {
            text.Append(records[i]).Append('\n');
            switch (i % 37)
            {
                case 5:
                    text.Append(records[i / 3]).Append('\n');
                    break;
                case 19:
                    text.Append(records[i].AsSpan(0, records[i].Length / 2)).Append('\n');
                    break;
                case 31:
                    text.Append('\n');
                    break;
            }
        }

        return Encoding.UTF8.GetBytes(text.ToString());
    }
}
