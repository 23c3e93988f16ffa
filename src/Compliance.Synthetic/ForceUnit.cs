namespace Compliance.Synthetic;

/// <summary>What a unit of the synthetic force does; decides its offence mix and who works a case.</summary>
internal enum UnitKind
{
    Response,
    Cid,
    SexualOffences,
    CommunitySafety,
    Robbery,
    CrimeManagement,
    CrimeRegistrar,
}

/// <summary>A unit of the synthetic force with its officers, grouped by what they do in a case.</summary>
internal sealed class ForceUnit
{
    public required string UnitId { get; init; }

    public required string UnitType { get; init; }

    public required string Area { get; init; }

    /// <summary>Two-letter area code used in crime record ids (<c>CR-2008-SW-000123</c>).</summary>
    public required string AreaCode { get; init; }

    public required UnitKind Kind { get; init; }

    /// <summary>How the unit works outside its practice (or always, when it has none).</summary>
    public required PracticeProfile Practice { get; init; }

    /// <summary>The practice the unit switches to for reports received in <see cref="PracticeWindow"/>, if any.</summary>
    public PracticeProfile? Practising { get; init; }

    /// <summary>Reports received from <c>Start</c> (inclusive) to <c>End</c> (exclusive) are handled under <see cref="Practising"/>.</summary>
    public (DateTimeOffset Start, DateTimeOffset End) PracticeWindow { get; init; }

    /// <summary>Whether a report received at <paramref name="received"/> is handled under the unit's practice.</summary>
    public bool PractisesAt(DateTimeOffset received) =>
        Practising is not null && received >= PracticeWindow.Start && received < PracticeWindow.End;

    /// <summary>How the unit handles a report received at <paramref name="received"/>.</summary>
    public PracticeProfile PracticeAt(DateTimeOffset received) => PractisesAt(received) ? Practising! : Practice;

    /// <summary>PCs or DCs who work cases (first responders in a response team, investigators elsewhere).</summary>
    public IReadOnlyList<RosterOfficer> Constables { get; init; } = [];

    /// <summary>STO/SOIT-trained officers (sexual-offences units only).</summary>
    public IReadOnlyList<RosterOfficer> Specialists { get; init; } = [];

    /// <summary>Sergeants (PS/DS).</summary>
    public IReadOnlyList<RosterOfficer> Supervisors { get; init; } = [];

    /// <summary>Inspectors, DDMs, or the registrar's office.</summary>
    public IReadOnlyList<RosterOfficer> Heads { get; init; } = [];
}
