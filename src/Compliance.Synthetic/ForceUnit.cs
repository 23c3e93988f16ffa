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

    public required PracticeProfile Practice { get; init; }

    /// <summary>PCs or DCs who work cases (first responders in a response team, investigators elsewhere).</summary>
    public IReadOnlyList<RosterOfficer> Constables { get; init; } = [];

    /// <summary>STO/SOIT-trained officers (sexual-offences units only).</summary>
    public IReadOnlyList<RosterOfficer> Specialists { get; init; } = [];

    /// <summary>Sergeants (PS/DS).</summary>
    public IReadOnlyList<RosterOfficer> Supervisors { get; init; } = [];

    /// <summary>Inspectors, DDMs, or the registrar's office.</summary>
    public IReadOnlyList<RosterOfficer> Heads { get; init; } = [];
}
