using Compliance.Rules.Reading;

namespace Compliance.Cli.Monitoring;

/// <summary>What one <c>monitor</c> run read and what it did to the store.</summary>
internal sealed class MonitorTotals
{
    /// <summary>Listed rejections and defects (the rest are counted): enough to find the pattern in a broken export.</summary>
    public const int Listed = 500;

    private readonly List<(Rejection Rejection, string Kind)> _rejections = [];
    private readonly List<(string Source, long Line, string CrimeRecordId, string Defect)> _defects = [];

    /// <summary>Records read (stored, unchanged, not stored or rejected).</summary>
    public long RecordsRead => RecordsEvaluated + RecordsUnchanged + RecordsRejected;

    /// <summary>Records parsed and evaluated (copies identical to the stored one are not evaluated again).</summary>
    public long RecordsEvaluated { get; private set; }

    /// <summary>Records that failed to parse (not stored).</summary>
    public long RecordsRejected { get; private set; }

    /// <summary>Whether part of an input could not be read at all (the rest of a broken <c>.json</c> array).</summary>
    public bool InputLeftUnread { get; private set; }

    /// <summary>Keys stored for the first time.</summary>
    public long RecordsAdded { get; private set; }

    /// <summary>Stored copies replaced by a later, different copy (from an earlier run or earlier in this one).</summary>
    public long RecordsReplaced { get; private set; }

    /// <summary>Records identical to the stored copy (nothing changed; not evaluated again).</summary>
    public long RecordsUnchanged { get; private set; }

    /// <summary>Stored records evaluated again (<c>--rebuild</c>).</summary>
    public long RecordsReevaluated { get; private set; }

    /// <summary>Rule evaluations that failed on this run's records.</summary>
    public long RuleErrors { get; private set; }

    /// <summary>Records evaluated but not stored: their events could not be collected.</summary>
    public long Defects { get; private set; }

    /// <summary>The first <see cref="Listed"/> rejections, records and incidents, each with its kind (<c>record</c> or <c>incident</c>).</summary>
    public IReadOnlyList<(Rejection Rejection, string Kind)> Rejections => _rejections;

    /// <summary>Incidents read (evaluated or rejected).</summary>
    public long IncidentsRead => IncidentsEvaluated + IncidentsRejected;

    /// <summary>Input incidents parsed and judged (each copy, the later replacing the earlier).</summary>
    public long IncidentsEvaluated { get; private set; }

    /// <summary>Input incidents that failed to parse (not stored).</summary>
    public long IncidentsRejected { get; private set; }

    /// <summary>Incident keys stored for the first time.</summary>
    public long IncidentsAdded { get; private set; }

    /// <summary>Stored incidents replaced by a later, different copy.</summary>
    public long IncidentsReplaced { get; private set; }

    /// <summary>Input incidents identical to the stored copy (judged again, the copy kept).</summary>
    public long IncidentsUnchanged { get; private set; }

    /// <summary>Stored incidents judged again: a linked record was added or changed, or the store was rebuilt.</summary>
    public long IncidentsReevaluated { get; private set; }

    /// <summary>Input or stored incidents judged but not stored (or left as stored): their event could not be made.</summary>
    public long IncidentsNotStored { get; private set; }

    /// <summary>Whether part of the incident input could not be read at all.</summary>
    public bool IncidentInputLeftUnread { get; private set; }

    /// <summary>An input incident judged and stored.</summary>
    public void IncidentStored(History.PutResult result)
    {
        IncidentsEvaluated++;
        IncidentsAdded += result == History.PutResult.Added ? 1 : 0;
        IncidentsReplaced += result == History.PutResult.Replaced ? 1 : 0;
        IncidentsUnchanged += result == History.PutResult.Unchanged ? 1 : 0;
    }

    /// <summary>An incident whose event could not be made: listed with the defects, not stored; an input incident is counted as evaluated.</summary>
    public void IncidentDefect(string source, long line, string incidentId, string defect, bool input)
    {
        IncidentsEvaluated += input ? 1 : 0;
        IncidentsNotStored++;
        if (_defects.Count < Listed)
        {
            _defects.Add((source, line, incidentId, defect));
        }
    }

    /// <summary>A stored incident judged again.</summary>
    public void IncidentReevaluated() => IncidentsReevaluated++;

    /// <summary>An input incident (or a problem of the incident input) the reader rejected.</summary>
    public void IncidentRejected(Rejection rejection)
    {
        if (rejection.IsRecord)
        {
            IncidentsRejected++;
        }

        IncidentInputLeftUnread |= rejection.Code == RejectionCode.UnreadInput;
        if (_rejections.Count < Listed)
        {
            _rejections.Add((rejection, "incident"));
        }
    }

    /// <summary>The first <see cref="Listed"/> defects (records, and incidents under their incident id).</summary>
    public IReadOnlyList<(string Source, long Line, string CrimeRecordId, string Defect)> DefectList => _defects;

    public void Rejected(Rejection rejection)
    {
        if (rejection.IsRecord)
        {
            RecordsRejected++;
        }

        InputLeftUnread |= rejection.Code == RejectionCode.UnreadInput;
        if (_rejections.Count < Listed)
        {
            _rejections.Add((rejection, "record"));
        }
    }

    public void Stored(History.PutResult result, int ruleErrors)
    {
        RecordsEvaluated++;
        RuleErrors += ruleErrors;
        RecordsAdded += result == History.PutResult.Added ? 1 : 0;
        RecordsReplaced += result == History.PutResult.Replaced ? 1 : 0;
        RecordsUnchanged += result == History.PutResult.Unchanged ? 1 : 0;
        RecordsEvaluated -= result == History.PutResult.Unchanged ? 1 : 0;
    }

    /// <summary>A stored record evaluated again.</summary>
    public void Reevaluated() => RecordsReevaluated++;

    /// <summary>A record identical to its stored copy, left out before evaluation.</summary>
    public void Unchanged() => RecordsUnchanged++;

    public void Defect(string source, long line, string crimeRecordId, string defect, int ruleErrors)
    {
        RecordsEvaluated++;
        RuleErrors += ruleErrors;
        Defects++;
        if (_defects.Count < Listed)
        {
            _defects.Add((source, line, crimeRecordId, defect));
        }
    }
}
