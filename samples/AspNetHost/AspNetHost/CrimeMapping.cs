using Compliance.Rules.Records;

namespace AspNetHost;

/// <summary>Maps the host's entity to the rules' record model: the only place that knows both.</summary>
public static class CrimeMapping
{
    public static CrimeRecord ToRecord(this Crime crime) => new()
    {
        SchemaVersion = CrimeRecord.CurrentSchemaVersion,
        CrimeRecordId = crime.Reference,
        OwningUnit = new OwningUnit { UnitId = crime.UnitCode },
        Incident = new Incident { ReportReceivedAt = crime.ReportedAt, AllegationType = Enum.Parse<AllegationType>(crime.Allegation, ignoreCase: true) },
        RecordingDecision = crime.RecordedAt is null ? null : new RecordingDecision
        {
            Outcome = RecordingOutcome.CrimeRecorded,
            DecidedAt = crime.RecordedAt,
            DecidedByOfficerRef = crime.RecordedBy,
        },
        ClassificationHistory = crime.RecordedAt is { } recordedAt
            ? [new ClassificationEntry { Seq = 1, EffectiveAt = recordedAt, ChangeType = ChangeType.Initial, HomeOfficeCode = crime.OffenceCode, RequestedByOfficerRef = crime.RecordedBy }]
            : [],
        AdditionalVerifiableInformation = crime.Evidence
            .Select(e => new AviItem { AviId = e.Id, Type = Enum.Parse<AviType>(e.Kind.Replace("_", string.Empty, StringComparison.Ordinal), ignoreCase: true), ObtainedAt = e.ObtainedAt, ObtainedByOfficerRef = e.ObtainedBy })
            .ToArray(),
        Cancellation = crime.Cancellation?.ToRecord(),
    };

    public static Cancellation ToRecord(this CrimeCancellation cancellation) => new()
    {
        Code = Enum.Parse<CancellationCode>(cancellation.Code),
        RequestedByOfficerRef = cancellation.RequestedBy,
        RequestedAt = cancellation.RequestedAt,
        AuthorisedByOfficerRef = cancellation.AuthorisedBy,
        AuthorisedAt = cancellation.AuthorisedAt,
        AviRefs = cancellation.EvidenceIds,
    };
}
