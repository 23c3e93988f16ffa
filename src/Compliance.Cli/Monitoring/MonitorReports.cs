using Compliance.Cli.Auditing;

namespace Compliance.Cli.Monitoring;

/// <summary>Writes a <c>monitor</c> report in the format asked for.</summary>
internal static class MonitorReports
{
    public static void Write(ReportDestination destination, MonitorOutcome outcome)
    {
        switch (outcome.Options.Format)
        {
            case ReportFormat.Json:
                MonitorJsonReport.Write(destination.OpenStream(), outcome);
                break;
            case ReportFormat.Html:
                var html = destination.OpenWriter();
                html.Write(MonitorHtmlReport.Render(outcome));
                html.Flush();
                break;
            default:
                MonitorTextReport.Write(destination.OpenConsole(), outcome);
                break;
        }
    }
}
