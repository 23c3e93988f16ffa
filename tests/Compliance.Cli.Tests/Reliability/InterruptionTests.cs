using System.Diagnostics;
using Compliance.Cli.Tests.Fixtures;

namespace Compliance.Cli.Tests.Reliability;

/// <summary>
/// A real child process, a real signal: SIGINT exits 130 and SIGTERM 143, the file that was at
/// --output before the run is untouched, and no temporary file stays beside it.
/// </summary>
public sealed class InterruptionTests
{
    [Theory]
    [InlineData("INT", 130)]
    [InlineData("TERM", 143)]
    public void A_signal_leaves_the_previous_report_and_no_temporary_file(string signal, int expected)
    {
        var folder = Directory.CreateTempSubdirectory("compliance-signal-").FullName;
        try
        {
            // Enough records that the audit is still running when the signal comes.
            var input = Path.Combine(folder, "many.jsonl");
            var sample = File.ReadAllLines(RepositoryFiles.Path("samples", "sapphire-2009.jsonl"));
            using (var writer = new StreamWriter(input))
            {
                for (var copy = 0; copy < 40; copy++)
                {
                    foreach (var line in sample)
                    {
                        writer.WriteLine(line.Replace("\"crimeRecordId\":\"", $"\"crimeRecordId\":\"X{copy}-", StringComparison.Ordinal));
                    }
                }
            }

            var output = Path.Combine(folder, "report.json");
            File.WriteAllText(output, "the previous report");

            using var child = ChildCli.Start(null, "audit", input, "--as-of", "2010-01-01T00:00:00Z", "--format", "json", "--output", output);
            var waited = Stopwatch.StartNew();
            while (!Directory.GetFiles(folder, "*.tmp").Any() && !child.HasExited && waited.Elapsed < TimeSpan.FromMinutes(1))
            {
                Thread.Sleep(20);
            }

            Assert.False(child.HasExited, "the audit ended before it could be interrupted");
            Thread.Sleep(300);
            using (var kill = Process.Start("kill", [$"-{signal}", child.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)]))
            {
                kill.WaitForExit();
            }

            var (exit, _, error) = child.WaitForExit(TimeSpan.FromMinutes(1));

            Assert.Equal(expected, exit);
            Assert.Contains("no report was written", error, StringComparison.Ordinal);
            Assert.Equal("the previous report", File.ReadAllText(output));
            Assert.Empty(Directory.GetFiles(folder, "*.tmp"));
            Assert.Empty(Directory.GetFiles(folder, ".*"));
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }
}
