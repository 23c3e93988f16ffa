using System.Text;
using System.Text.Json.Nodes;
using Compliance.Cli.Auditing;
using Compliance.Cli.Reports;
using Compliance.Cli.Reports.Csv;
using Compliance.Cli.Reports.Html;
using Compliance.Cli.Reports.Json;
using Compliance.Cli.Reports.Text;
using Compliance.Cli.Tests.Fixtures;
using Compliance.Rules.Auditing;
using Compliance.Rules.Engine;
using Compliance.Rules.Reading;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Spectre.Console;

namespace Compliance.Cli.Tests.Reliability;

/// <summary>
/// Fuzzing in the test suite: real records of the bundled sample, mutated (nulls in lists, values
/// of another type, extreme numbers and instants, escapes, cut-off text, properties given twice,
/// deep nesting), go through the reader, the engine with the built-in pack, the unit tallies and
/// every report writer. Whatever the records hold: no exception escapes, every record read is
/// evaluated or rejected, and every rejection names a line of the input.
/// </summary>
public sealed class MutatedRecordProperties
{
    private static readonly string[] Sample = File.ReadLines(RepositoryFiles.Path("samples", "sapphire-2009.jsonl")).Take(300).ToArray();
    private static readonly IComplianceEngine Engine = ComplianceEngine.CreateBuiltIn();
    private static readonly DateTimeOffset AsOf = new(2010, 1, 1, 0, 0, 0, TimeSpan.Zero);

    private static readonly string[] Lists = ["statements", "victimContacts", "outcomes", "classificationHistory", "victims", "officers", "additionalVerifiableInformation", "notifications", "suspects", "victimFeedback"];
    private static readonly string[] Instants = ["0001-01-01T00:00:00Z", "9999-12-31T23:59:59Z", "9999-12-31T23:00:00-05:00", "1899-12-31T23:59:59Z", "2200-01-01T00:00:00Z", "2008-02-30T10:00:00Z"];
    private static readonly JsonNode?[] Values = [null, true, 0, -1, long.MaxValue, 1e308, "", new string('x', 500), new JsonArray(), new JsonObject(), "\ud800"];

    private static Gen<string> Mutated =>
        from index in Gen.Choose(0, Sample.Length - 1)
        from kind in Gen.Choose(0, 11)
        from pick in Gen.Choose(0, 1000)
        from cut in Gen.Choose(1, 400)
        select Mutate(Sample[index], index, kind, pick, cut);

    [Property(MaxTest = 60)]
    public Property Mutated_records_never_stop_an_audit_and_none_is_lost() =>
        Prop.ForAll(Gen.ListOf(Mutated).Where(l => l.Count is > 0 and <= 12).ToArbitrary(), Gen.Elements(false, true).ToArbitrary(), (lines, asArray) =>
        {
            var text = asArray ? $"[{string.Join(",\n", lines.Select(l => l.Replace('\n', ' ')))}]" : string.Join("\n", lines) + "\n";
            var lineCount = text.Count(c => c == '\n') + 1;
            foreach (var format in Enum.GetValues<ReportFormat>())
            {
                var reader = new RecordReader();
                using var input = new MemoryStream(Encoding.UTF8.GetBytes(text));
                var items = reader.Read(input, "fuzz", asArray ? RecordInputFormat.Json : RecordInputFormat.JsonLines);
                using var audit = new ComplianceAudit(Engine, AsOf);
                var context = ReportContext.Of(audit, ["fuzz"], format == ReportFormat.Html);
                var rejectedLines = new List<long>();

                using var sink = new StringWriter();
                using var bytes = new MemoryStream();
                AuditSummary result;
                using (var writer = Writer(format, context, sink, bytes))
                {
                    result = AuditPipeline.Run(audit, items.Select(item =>
                    {
                        if (item is Rejection rejection)
                        {
                            rejectedLines.Add(rejection.Line);
                        }

                        return item;
                    }), writer, batchSize: 5);
                    writer.Complete(result);
                }

                var totals = result.Totals;
                Assert.Equal(reader.Statistics.Read, totals.RecordsRead);
                Assert.Equal(totals.RecordsRead, totals.RecordsEvaluated + totals.RecordsRejected);
                Assert.Equal(reader.Statistics.Rejected, totals.RecordsRejected);
                if (!asArray)
                {
                    Assert.Equal(lines.Count(l => !string.IsNullOrWhiteSpace(l)), totals.RecordsRead);
                }

                Assert.All(rejectedLines, line => Assert.InRange(line, 1, lineCount));
                Assert.True(sink.ToString().Length + bytes.Length > 0);
            }
        });

    private static IReportWriter Writer(ReportFormat format, ReportContext context, StringWriter sink, MemoryStream bytes) => format switch
    {
        ReportFormat.Json => new JsonReportWriter(bytes, context),
        ReportFormat.Csv => new CsvReportWriter(sink, context),
        ReportFormat.Html => new HtmlReportWriter(sink, context),
        _ => new TextReportWriter(AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(sink), Ansi = AnsiSupport.No, ColorSystem = ColorSystemSupport.NoColors, Interactive = InteractionSupport.No }), context),
    };

    private static string Mutate(string line, int index, int kind, int pick, int cut)
    {
        var record = JsonNode.Parse(line)!.AsObject();
        record["crimeRecordId"] = $"FUZZ-{index}-{kind}-{pick}";
        var list = Lists[pick % Lists.Length];
        switch (kind)
        {
            case 0:
                record[list] = new JsonArray((JsonNode?)null);
                break;
            case 1:
                if (record[list] is JsonArray { Count: > 0 } items)
                {
                    items.Add(null);
                }

                break;
            case 2:
                record["incident"]!["reportReceivedAt"] = Instants[pick % Instants.Length];
                break;
            case 3:
                record["incident"]!["channel"] = Values[pick % Values.Length]?.DeepClone();
                break;
            case 4:
                record["recordingDecision"] = Values[pick % Values.Length]?.DeepClone();
                break;
            case 5:
                var text = record.ToJsonString();
                return text[..Math.Min(cut, text.Length - 1)];
            case 6:
                return record.ToJsonString().Replace("\"crimeRecordId\":\"", "\"crimeRecordId\":\"\\ud800", StringComparison.Ordinal);
            case 7:
                return record.ToJsonString()[..^1] + ",\"crimeRecordId\":\"AGAIN\"}";
            case 8:
                var depth = 5 + (pick % 200);
                return record.ToJsonString()[..^1] + ",\"incident\":" + new string('[', depth) + new string(']', depth) + "}";
            case 9:
                if (record["classificationHistory"] is JsonArray { Count: > 0 } history)
                {
                    history[0]!["seq"] = pick % 2 == 0 ? JsonValue.Create(int.MaxValue) : JsonValue.Create(-1);
                }

                return record.ToJsonString().Replace("\"seq\":-1", "\"seq\":1e400", StringComparison.Ordinal);
            case 10:
                record["rulesEdition"] = pick % 2 == 0 ? "HOCR-1066" : Values[pick % Values.Length]?.DeepClone();
                break;
        }

        return record.ToJsonString();
    }
}
