using System.Diagnostics;
using Compliance.Cli.Tests.Fixtures;

namespace Compliance.Cli.Tests.Commands;

/// <summary>
/// A real child process drawing incident strata, a real SIGINT while it joins the incident logs:
/// it exits 130, the sample file that was at --output is untouched, and the join's temporary files
/// are gone.
/// </summary>
public sealed class SampleInterruptionTests
{
    [Fact]
    public void A_signal_during_the_incident_join_leaves_the_previous_sample_and_no_temporary_file()
    {
        var folder = Directory.CreateTempSubdirectory("compliance-sample-signal-").FullName;
        try
        {
            // 20 copies of the bundled incident logs (38 800) under other ids: still joining when the signal comes.
            var incidents = Path.Combine(folder, "incidents.jsonl");
            var logs = File.ReadAllLines(RepositoryFiles.Path("samples", "lewisham-2009-incidents.jsonl"));
            using (var writer = new StreamWriter(incidents))
            {
                for (var copy = 0; copy < 20; copy++)
                {
                    foreach (var line in logs)
                    {
                        writer.WriteLine(line.Replace("\"incidentId\":\"", $"\"incidentId\":\"X{copy}-", StringComparison.Ordinal));
                    }
                }
            }

            var plan = Path.Combine(folder, "plan.json");
            File.WriteAllText(plan, """
                { "planId": "SIGNAL", "adjudicator": "INSPECTORATE",
                  "strata": [ { "id": "indicative", "population": "incident", "decision": "incident", "where": "IsCrimeIndicative", "n": 10 } ] }
                """);
            var output = Path.Combine(folder, "sample.json");
            File.WriteAllText(output, "the previous sample");
            var temporary = Directory.CreateDirectory(Path.Combine(folder, "tmp")).FullName;

            using var child = ChildCli.Start(
                new Dictionary<string, string> { ["TMPDIR"] = temporary },
                "sample", RepositoryFiles.Path("samples", "lewisham-2009-records.jsonl"), "--incidents", incidents,
                "--plan", plan, "--seed", "42", "--as-of", "2010-01-01T00:00:00Z", "--output", output);
            var waited = Stopwatch.StartNew();
            while (!Directory.GetFiles(temporary, "compliance-incidents-*").Any() && !child.HasExited && waited.Elapsed < TimeSpan.FromMinutes(1))
            {
                Thread.Sleep(20);
            }

            Assert.False(child.HasExited, "the draw ended before it could be interrupted");
            using (var kill = Process.Start("kill", ["-INT", child.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)]))
            {
                kill.WaitForExit();
            }

            var (exit, _, error) = child.WaitForExit(TimeSpan.FromMinutes(1));

            Assert.Equal(130, exit);
            Assert.Contains("no sample was written", error, StringComparison.Ordinal);
            Assert.Equal("the previous sample", File.ReadAllText(output));
            Assert.Empty(Directory.GetFiles(temporary));
            Assert.Empty(Directory.GetFiles(folder, "*.tmp"));
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }
}
