using Compliance.Cli.Reports;
using Compliance.Rules.Auditing;
using Compliance.Rules.Reading;

namespace Compliance.Cli.Tests.Fixtures;

/// <summary>A report writer that keeps nothing: for tests that look at the audit summary itself.</summary>
internal sealed class DiscardingWriter : IReportWriter
{
    public void Evaluated(AuditedRecord record)
    {
    }

    public void Rejected(Rejection rejection)
    {
    }

    public void Complete(AuditSummary result)
    {
    }

    public void Dispose()
    {
    }
}
