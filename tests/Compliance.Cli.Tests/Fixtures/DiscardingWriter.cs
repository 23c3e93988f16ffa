using Compliance.Cli.Reports;

namespace Compliance.Cli.Tests.Fixtures;

/// <summary>A report writer that keeps nothing: for tests that look at the audit result itself.</summary>
internal sealed class DiscardingWriter : IReportWriter
{
    public void Record(EvaluatedRecord record)
    {
    }

    public void Rejected(RejectedRecord rejection)
    {
    }

    public void Complete(AuditResult result)
    {
    }

    public void Dispose()
    {
    }
}
