using System.Diagnostics.CodeAnalysis;
using Compliance.Cli.Commands;
using Compliance.Rules.Auditing;
using Compliance.Rules.Auditing.Monitoring;
using Compliance.Rules.Engine;
using Compliance.Rules.Records;

namespace Compliance.Cli.Auditing;

/// <summary>Checks the values of <c>compliance audit</c>'s options; every problem is a usage error naming the option.</summary>
internal static class AuditOptionsParser
{
    public static readonly string[] Formats = ["text", "json", "csv", "html"];

    public static readonly string[] Severities = ["critical", "high", "medium", "low"];

    /// <param name="now">The time the command started: the as-of time when <c>--as-of</c> is not given.</param>
    public static bool TryParse(
        IReadOnlyList<string> paths,
        string? rules,
        string? asOf,
        string? format,
        string? output,
        string? failOn,
        bool includeText,
        DateTimeOffset now,
        string? maxRejected,
        bool failOnRuleErrors,
        List<string> problems,
        [NotNullWhen(true)] out AuditOptions? options,
        string? period = null,
        IReadOnlyList<string>? incidentPaths = null,
        string? recordsCover = null)
    {
        incidentPaths ??= [];
        options = null;
        if (!AsOfOption.TryParse(asOf, now, out var instant, out var asOfProblem))
        {
            problems.Add(asOfProblem!);
        }

        var limit = RejectionLimit.Default;
        if (maxRejected is not null && !RejectionLimit.TryParse(maxRejected, out limit))
        {
            problems.Add($"--max-rejected: '{maxRejected}' is neither a count (e.g. 100) nor a percentage from 0% to 100% (e.g. 2.5%)");
        }

        var reportFormat = ReportFormat.Text;
        if (format is not null)
        {
            var index = Array.IndexOf(Formats, format.ToLowerInvariant());
            if (index < 0)
            {
                problems.Add($"--format: '{format}' is not one of {string.Join(", ", Formats)}");
            }
            else
            {
                reportFormat = (ReportFormat)index;
            }
        }

        Severity? threshold = null;
        if (failOn is not null)
        {
            if (Severities.Contains(failOn.ToLowerInvariant()))
            {
                threshold = Enum.Parse<Severity>(failOn, ignoreCase: true);
            }
            else
            {
                problems.Add($"--fail-on: '{failOn}' is not one of {string.Join(", ", Severities)}");
            }
        }

        var seriesPeriod = MonitorPeriod.Month;
        if (period is not null)
        {
            var index = Array.IndexOf(CommonOptions.Periods, period.ToLowerInvariant());
            if (index < 0)
            {
                problems.Add($"--period: '{period}' is not one of {string.Join(", ", CommonOptions.Periods)}");
            }
            else
            {
                seriesPeriod = (MonitorPeriod)index;
            }
        }

        if (paths.Count(p => p == "-") > 1 || incidentPaths.Count(p => p == "-") > 1)
        {
            problems.Add("standard input (-) can be read only once");
        }
        else if (paths.Contains("-") && incidentPaths.Contains("-"))
        {
            problems.Add("--incidents: standard input (-) is already the crime records; it can be one side only (give the other side as files)");
        }

        foreach (var incidentPath in incidentPaths.Where(p => p != "-").Distinct(StringComparer.Ordinal))
        {
            if (SameFile.FindInput(incidentPath, paths) is { } recordPath)
            {
                problems.Add($"--incidents: {incidentPath} is also given as a crime-record input ({recordPath}); a file holds either crime records or incident logs");
            }
        }

        RecordsCover? cover = null;
        if (recordsCover is not null)
        {
            cover = RecordsCoverOption.Parse(recordsCover, problems);
            if (incidentPaths.Count == 0)
            {
                problems.Add("--records-cover: it gates the links of incident logs to crime records; give the incident logs with --incidents");
            }
        }

        if (problems.Count > 0)
        {
            return false;
        }

        options = new AuditOptions(paths, rules, instant, reportFormat, output, threshold, includeText, seriesPeriod)
        {
            MaxRejected = limit,
            FailOnRuleErrors = failOnRuleErrors,
            IncidentPaths = incidentPaths,
            RecordsCover = cover,
        };
        return true;
    }
}
