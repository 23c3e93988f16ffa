namespace Compliance.Rules.Records;

/// <summary>A victim.</summary>
public sealed record Victim
{
    /// <summary>Reference of the person within the record.</summary>
    public required string PersonRef { get; init; }

    /// <summary>Age at the time of the offence.</summary>
    public int? AgeAtOffence { get; init; }

    /// <summary>Eligible for enhanced rights under the Victims' Code (deadlines of one working day instead of five).</summary>
    public required bool EnhancedRightsEligible { get; init; }

    /// <summary>Free-form upper-case vulnerability codes.</summary>
    public IReadOnlyList<string> VulnerabilityFlags { get; init => field = value ?? []; } = [];
}

/// <summary>A suspect.</summary>
public sealed record Suspect
{
    /// <summary>Reference of the person within the record.</summary>
    public required string PersonRef { get; init; }

    /// <summary>Whether the suspect is identified.</summary>
    public required bool Identified { get; init; }

    /// <summary>When the suspect was arrested.</summary>
    public DateTimeOffset? ArrestedAt { get; init; }

    /// <summary>When the suspect was interviewed under caution.</summary>
    public DateTimeOffset? InterviewedUnderCautionAt { get; init; }
}

/// <summary>An officer who appears in the record.</summary>
public sealed record Officer
{
    /// <summary>Reference of the officer within the record.</summary>
    public required string OfficerRef { get; init; }

    /// <summary>Rank, e.g. <c>DC</c>.</summary>
    public string? Rank { get; init; }

    /// <summary>Role in this record.</summary>
    public OfficerRole? Role { get; init; }

    /// <summary>The officer's unit.</summary>
    public string? UnitId { get; init; }

    /// <summary>Accreditations held.</summary>
    public IReadOnlyList<Accreditation> Accreditations { get; init => field = value ?? []; } = [];
}

/// <summary>An accreditation held over a period of days.</summary>
public sealed record Accreditation
{
    /// <summary>Kind of accreditation.</summary>
    public required AccreditationType Type { get; init; }

    /// <summary>First day it is valid.</summary>
    public required DateOnly ValidFrom { get; init; }

    /// <summary>Last day it is valid (inclusive); open-ended when absent.</summary>
    public DateOnly? ValidTo { get; init; }
}
