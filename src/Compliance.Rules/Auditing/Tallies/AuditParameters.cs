using Compliance.Rules.Packs;

namespace Compliance.Rules.Auditing.Tallies;

/// <summary>
/// The thresholds of the unit audits (AUDIT-001…006), read from the pack's parameters so a
/// policy can tune them. A pack that lacks one (a custom pack without unit rules) gets the
/// catalog's default, so the audits behave as documented.
/// </summary>
internal sealed record AuditParameters
{
    public double Confidence { get; init; } = 0.95;
    public int Audit001MinRecords { get; init; } = 20;
    public double Audit001ComplianceTarget { get; init; } = 0.90;
    public int Audit002MinRapeRecords { get; init; } = 10;
    public double Audit002RateMultiple { get; init; } = 2.0;
    public double Audit002MaxPValue { get; init; } = 0.01;
    public double? RapeCancellationBenchmark { get; init; }
    public int Audit003MinCancellations { get; init; } = 5;
    public double Audit003RetractionGroundsShare { get; init; } = 0.10;
    public int Audit003MinRetractionStatements { get; init; } = 5;
    public double Audit003PressureShare { get; init; } = 0.05;
    public int Audit004MinRecordedCrimes { get; init; } = 20;
    public double Audit004MaxUpliftPoints { get; init; } = 3.0;
    public int Audit005MinSexualOffenceRecords { get; init; } = 10;
    public double Audit005QuestionedFirstShare { get; init; } = 0.10;
    public int Audit006MinRapeReports { get; init; } = 10;
    public double Audit006RateMultiple { get; init; } = 2.0;
    public double Audit006MaxPValue { get; init; } = 0.01;
    public double? RapeAttritionBenchmark { get; init; }
    public IReadOnlySet<Records.StatementType> RetractionStatementTypes { get; init; } =
        new HashSet<Records.StatementType> { Records.StatementType.Retraction, Records.StatementType.WithdrawalOfSupport };

    public static AuditParameters From(RulePack pack)
    {
        var values = pack.Parameters.ToDictionary(p => p.Name, p => p.Value, StringComparer.Ordinal);
        var d = new AuditParameters();
        double Number(string name, double fallback) => values.TryGetValue(name, out var v) && v is not null ? Convert.ToDouble(v, System.Globalization.CultureInfo.InvariantCulture) : fallback;
        int Whole(string name, int fallback) => values.TryGetValue(name, out var v) && v is int i ? i : fallback;
        return new AuditParameters
        {
            Confidence = Number("auditConfidence", d.Confidence),
            Audit001MinRecords = Whole("audit001MinRecords", d.Audit001MinRecords),
            Audit001ComplianceTarget = Number("audit001ComplianceTarget", d.Audit001ComplianceTarget),
            Audit002MinRapeRecords = Whole("audit002MinRapeRecords", d.Audit002MinRapeRecords),
            Audit002RateMultiple = Number("audit002RateMultiple", d.Audit002RateMultiple),
            Audit002MaxPValue = Number("audit002MaxPValue", d.Audit002MaxPValue),
            RapeCancellationBenchmark = values.TryGetValue("rapeCancellationBenchmark", out var b) && b is double benchmark ? benchmark : null,
            Audit003MinCancellations = Whole("audit003MinCancellations", d.Audit003MinCancellations),
            Audit003RetractionGroundsShare = Number("audit003RetractionGroundsShare", d.Audit003RetractionGroundsShare),
            Audit003MinRetractionStatements = Whole("audit003MinRetractionStatements", d.Audit003MinRetractionStatements),
            Audit003PressureShare = Number("audit003PressureShare", d.Audit003PressureShare),
            Audit004MinRecordedCrimes = Whole("audit004MinRecordedCrimes", d.Audit004MinRecordedCrimes),
            Audit004MaxUpliftPoints = Number("audit004MaxUpliftPoints", d.Audit004MaxUpliftPoints),
            Audit005MinSexualOffenceRecords = Whole("audit005MinSexualOffenceRecords", d.Audit005MinSexualOffenceRecords),
            Audit005QuestionedFirstShare = Number("audit005QuestionedFirstShare", d.Audit005QuestionedFirstShare),
            Audit006MinRapeReports = Whole("audit006MinRapeReports", d.Audit006MinRapeReports),
            Audit006RateMultiple = Number("audit006RateMultiple", d.Audit006RateMultiple),
            Audit006MaxPValue = Number("audit006MaxPValue", d.Audit006MaxPValue),
            RapeAttritionBenchmark = values.TryGetValue("rapeAttritionBenchmark", out var a) && a is double attrition ? attrition : null,
            RetractionStatementTypes = values.TryGetValue("retractionStatementTypes", out var r) && r is Records.StatementType[] types ? types.ToHashSet() : d.RetractionStatementTypes,
        };
    }
}
