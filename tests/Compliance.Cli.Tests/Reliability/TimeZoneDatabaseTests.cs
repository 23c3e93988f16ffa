using Compliance.Cli.Tests.Fixtures;

namespace Compliance.Cli.Tests.Reliability;

/// <summary>
/// Europe/London comes with the program, not from the machine: an audit on a machine without a
/// time-zone database (TZDIR pointing nowhere, as in slim containers) gives the same report, byte
/// for byte, as one with the system database.
/// </summary>
public sealed class TimeZoneDatabaseTests
{
    [Fact]
    public void The_report_is_the_same_without_a_system_time_zone_database()
    {
        // The first 600 records of the sample cover both clock changes of 2008 and 2009.
        var folder = Directory.CreateTempSubdirectory("compliance-tz-").FullName;
        try
        {
            var input = System.IO.Path.Combine(folder, "part.jsonl");
            File.WriteAllLines(input, File.ReadLines(RepositoryFiles.Path("samples", "sapphire-2009.jsonl")).Take(600));
            string[] args = ["audit", input, "--as-of", "2010-01-01T00:00:00Z", "--format", "json"];

            var withSystem = ChildCli.Run(null, args);
            var without = ChildCli.Run(new Dictionary<string, string> { ["TZDIR"] = System.IO.Path.Combine(folder, "no-such-zoneinfo"), ["TZ"] = "Europe/London" }, args);

            Assert.Equal(0, withSystem.Exit);
            Assert.Equal(0, without.Exit);
            Assert.Contains("\"findings\"", withSystem.Out, StringComparison.Ordinal);
            Assert.Equal(withSystem.Out, without.Out);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }
}
