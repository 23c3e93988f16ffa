namespace Compliance.Cli.Tests.Reliability;

/// <summary>An internal error: exit 3, one line on standard error, a trace only its owner can read, with stacks and no messages (which can hold a record's values).</summary>
public sealed class CrashReportTests
{
    [Fact]
    public void An_internal_error_is_one_line_and_an_owner_only_trace_without_values()
    {
        Exception thrown;
        try
        {
            throw new InvalidOperationException("value CR-SECRET-NAME", new KeyNotFoundException("Jane Doe"));
        }
        catch (InvalidOperationException e)
        {
            thrown = e;
        }

        var error = new StringWriter();

        var exit = CrashReport.Handle(thrown, error, verbose: false);

        Assert.Equal(3, exit);
        var line = Assert.Single(error.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.StartsWith("internal error: InvalidOperationException in CrashReportTests.", line, StringComparison.Ordinal);
        var path = line[(line.IndexOf("a full trace is in ", StringComparison.Ordinal) + "a full trace is in ".Length)..].Trim();
        try
        {
            var trace = File.ReadAllText(path);
            Assert.Contains("System.InvalidOperationException", trace, StringComparison.Ordinal);
            Assert.Contains("caused by System.Collections.Generic.KeyNotFoundException", trace, StringComparison.Ordinal);
            Assert.Contains("An_internal_error_is_one_line", trace, StringComparison.Ordinal);
            Assert.DoesNotContain("CR-SECRET-NAME", trace, StringComparison.Ordinal);
            Assert.DoesNotContain("Jane Doe", trace, StringComparison.Ordinal);
            if (!OperatingSystem.IsWindows())
            {
                Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, File.GetUnixFileMode(path));
            }
        }
        finally
        {
            File.Delete(path);
        }
    }
}
