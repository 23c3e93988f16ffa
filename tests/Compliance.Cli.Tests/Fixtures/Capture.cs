using System.Text;
using Compliance.Cli.Reports;
using Compliance.Cli.Reports.Csv;
using Compliance.Cli.Reports.Html;
using Compliance.Cli.Reports.Json;
using Compliance.Cli.Reports.Text;
using Compliance.Rules.Auditing;
using Spectre.Console;

namespace Compliance.Cli.Tests.Fixtures;

/// <summary>Runs the fixture audit into one writer and returns what it wrote.</summary>
internal static class Capture
{
    public static (string Report, AuditSummary Result) Json(bool includeText = false)
    {
        using var output = new MemoryStream();
        var result = AuditFixture.Run(context => new JsonReportWriter(output, context), includeText);
        return (Encoding.UTF8.GetString(output.ToArray()), result);
    }

    public static string Csv(bool includeText = false)
    {
        var output = new StringWriter();
        AuditFixture.Run(context => new CsvReportWriter(output, context), includeText);
        return output.ToString();
    }

    public static string Html(bool includeText = false, int listedFindings = HtmlReportWriter.ListedFindings)
    {
        var output = new StringWriter();
        AuditFixture.Run(context => new HtmlReportWriter(output, context, listedFindings), includeText);
        return output.ToString();
    }

    public static string Text()
    {
        var output = new StringWriter();
        var console = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Out = new AnsiConsoleOutput(output),
            Ansi = AnsiSupport.No,
            ColorSystem = ColorSystemSupport.NoColors,
            Interactive = InteractionSupport.No,
        });
        console.Profile.Width = 200;
        AuditFixture.Run(context => new TextReportWriter(console, context));
        return output.ToString();
    }
}
