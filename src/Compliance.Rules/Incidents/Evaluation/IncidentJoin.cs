using System.Text;
using Compliance.Rules.Engine;
using Compliance.Rules.Reading;
using Compliance.Rules.Reading.Spilling;
using Compliance.Rules.Records;

namespace Compliance.Rules.Incidents.Evaluation;

/// <summary>
/// Joins incident logs to crime records both ways — an incident lists a record's
/// <c>crimeRecordId</c>, or a record names the incident in <c>incident.incidentId</c> — with memory
/// that stays flat in the size of either input: an external sort-merge on 64-bit id hashes, whose
/// matches are confirmed on the ids themselves (a hash match whose strings differ is no link).
/// Records are added first, as they are evaluated; then the incidents are read once, spilled, and
/// evaluated in input order with the records linked to each.
/// </summary>
/// <remarks>
/// Temporary space: one tuple per record (about 60–120 bytes; two when the record names an
/// incident; a rejected record whose id could be read leaves a smaller one, marked rejected), one per incident link (16 bytes) and each accepted incident as JSON (its size in the
/// input): roughly 0.3 GB per million records and million incidents, deleted on
/// <see cref="Dispose"/>. Memory: <c>memoryBudget</c> tuples per sort, whatever the input size.
/// </remarks>
internal sealed class IncidentJoin : IDisposable
{
    /// <summary>Tuples per sort kept in memory (about 25 MB of record tuples).</summary>
    public const int DefaultMemoryBudget = 1 << 17;

    private readonly IncidentEvaluator _evaluator;
    private readonly DateTimeOffset _asOf;
    private readonly int _budget;
    private readonly string? _directory;
    private readonly ExternalSort<Keyed> _byRecordId;
    private readonly ExternalSort<Keyed> _byIncidentId;
    private readonly List<IDisposable> _owned = [];
    private long _records;

    public IncidentJoin(IncidentEvaluator evaluator, DateTimeOffset asOf, int memoryBudget = DefaultMemoryBudget, string? directory = null)
    {
        _evaluator = evaluator;
        _asOf = asOf;
        _budget = memoryBudget;
        _directory = directory;
        _byRecordId = Own(new ExternalSort<Keyed>(Keyed.Order, Keyed.Write, Keyed.Read, memoryBudget, directory));
        _byIncidentId = Own(new ExternalSort<Keyed>(Keyed.Order, Keyed.Write, Keyed.Read, memoryBudget, directory));
    }

    /// <summary>Links whose record lists the incident but the incident does not list the record, or the other way round.</summary>
    public long OneSidedLinks { get; private set; }

    /// <summary>Ids incidents list that no record read has (count).</summary>
    public long UnresolvedLinks { get; private set; }

    /// <summary>Whether an incident received at an instant was received on a day the record input should cover completely; null for none (the audit's records cover).</summary>
    public Func<DateTimeOffset, bool>? Covers { get; set; }

    /// <summary>Of <see cref="UnresolvedLinks"/>, those of incidents received on a day <see cref="Covers"/> names.</summary>
    public long UnresolvedLinksInCover { get; private set; }

    /// <summary>The first <see cref="MaxListedUnresolved"/> unresolved links, as (incidentId, crimeRecordId), in input order.</summary>
    public List<(string IncidentId, string CrimeRecordId)> Unresolved { get; } = [];

    /// <summary>How many unresolved links are listed by id (the rest are only counted).</summary>
    public const int MaxListedUnresolved = 1000;

    /// <summary>Adds an evaluated record.</summary>
    public void AddRecord(CrimeRecord record, RecordEvaluation evaluation) => Add(_evaluator.LinkOf(record, evaluation));

    /// <summary>
    /// Adds a record the reader rejected whose id is known (and the incident it names, when that
    /// could be read): incidents linked to it get errors, not findings, unless an accepted record
    /// has the same id (a repeated id: the accepted record is the one linked).
    /// </summary>
    public void AddRejectedRecord(string crimeRecordId, string? incidentId = null) => Add(RecordLink.RejectedRecord(crimeRecordId, incidentId));

    /// <summary>
    /// Reads the incidents (parsed or rejected, in input order) once, then evaluates each accepted one
    /// with its linked records; rejections are passed to <paramref name="rejected"/> as they are read.
    /// </summary>
    /// <param name="incidents">The incident reader's results.</param>
    /// <param name="rejected">Told of every rejection, in input order.</param>
    /// <returns>Each accepted incident with its linked records and its evaluation, in input order.</returns>
    public IEnumerable<JoinedIncident> Evaluate(IEnumerable<ReadResult> incidents, Action<Rejection> rejected)
    {
        var spill = Own(new IncidentSpill(_directory));
        var requestsById = Own(new ExternalSort<Request>(Request.Order, Request.Write, Request.Read, _budget, _directory));
        var requestsByIncident = Own(new ExternalSort<Request>(Request.Order, Request.Write, Request.Read, _budget, _directory));
        long position = 0;
        foreach (var result in incidents)
        {
            if (result is Rejection rejection)
            {
                rejected(rejection);
                continue;
            }

            var parsed = (ParsedIncident)result;
            spill.Write(parsed);
            foreach (var id in parsed.Incident.LinkedCrimeRecordIds.Distinct(StringComparer.Ordinal))
            {
                requestsById.Add(new Request(RecordLink.HashOf(id), position));
            }

            requestsByIncident.Add(new Request(RecordLink.HashOf(parsed.Incident.IncidentId), position));
            position++;
        }

        var pairs = Own(new ExternalSort<Pair>(Pair.Order, Pair.Write, Pair.Read, _budget, _directory));
        Match(_byRecordId, requestsById, pairs);
        Match(_byIncidentId, requestsByIncident, pairs);
        return Evaluated(spill, pairs);
    }

    public void Dispose()
    {
        foreach (var owned in _owned)
        {
            owned.Dispose();
        }
    }

    private static void Match(ExternalSort<Keyed> records, ExternalSort<Request> requests, ExternalSort<Pair> pairs)
    {
        // A sort-merge join: both sides ascend by hash; records sharing a hash (a collision, or
        // several records naming one incident) are few and held together.
        using var left = records.Sorted().GetEnumerator();
        var group = new List<Keyed>();
        var hasLeft = left.MoveNext();
        foreach (var request in requests.Sorted())
        {
            while (hasLeft && left.Current.Key < request.Key)
            {
                hasLeft = left.MoveNext();
            }

            if (group.Count == 0 || group[0].Key != request.Key)
            {
                group.Clear();
                while (hasLeft && left.Current.Key == request.Key)
                {
                    group.Add(left.Current);
                    hasLeft = left.MoveNext();
                }
            }

            foreach (var record in group)
            {
                pairs.Add(new Pair(request.Position, record.Position, record.Link));
            }
        }
    }

    private IEnumerable<JoinedIncident> Evaluated(IncidentSpill spill, ExternalSort<Pair> pairs)
    {
        using var links = pairs.Sorted().GetEnumerator();
        var hasLink = links.MoveNext();
        long position = 0;
        foreach (var parsed in spill.ReadAll())
        {
            var incident = parsed.Incident;
            var found = new List<RecordLink>();
            while (hasLink && links.Current.IncidentPosition == position)
            {
                var link = links.Current.Link;
                if (incident.LinkedCrimeRecordIds.Contains(link.CrimeRecordId, StringComparer.Ordinal) || link.IncidentId == incident.IncidentId)
                {
                    // One link per record id, the first in record order — but an accepted record
                    // of the id comes before rejected lines with it, wherever they stand.
                    var at = found.FindIndex(f => f.CrimeRecordId == link.CrimeRecordId);
                    if (at < 0)
                    {
                        found.Add(link);
                    }
                    else if (found[at].Rejected && !link.Rejected)
                    {
                        found[at] = link;
                    }
                }

                hasLink = links.MoveNext();
            }

            // A rejected record's side of the link may be unreadable: only accepted records count here.
            OneSidedLinks += found.Count(link => !link.Rejected
                && !(link.IncidentId == incident.IncidentId && incident.LinkedCrimeRecordIds.Contains(link.CrimeRecordId, StringComparer.Ordinal)));

            var inCover = Covers?.Invoke(incident.ReceivedAt) == true;
            foreach (var id in incident.LinkedCrimeRecordIds.Distinct(StringComparer.Ordinal).Where(id => !found.Any(f => f.CrimeRecordId == id)))
            {
                UnresolvedLinks++;
                UnresolvedLinksInCover += inCover ? 1 : 0;
                if (Unresolved.Count < MaxListedUnresolved)
                {
                    Unresolved.Add((incident.IncidentId, id));
                }
            }

            yield return new JoinedIncident(parsed, found, _evaluator.Evaluate(incident, found, _asOf));
            position++;
        }
    }

    private void Add(RecordLink link)
    {
        var position = _records++;
        _byRecordId.Add(new Keyed(RecordLink.HashOf(link.CrimeRecordId), position, link));
        if (link.IncidentId is { } incidentId)
        {
            _byIncidentId.Add(new Keyed(RecordLink.HashOf(incidentId), position, link));
        }
    }

    private T Own<T>(T disposable)
        where T : IDisposable
    {
        _owned.Add(disposable);
        return disposable;
    }

    /// <summary>A record's link facts under one of its id hashes, with its position in the record input.</summary>
    private readonly record struct Keyed(ulong Key, long Position, RecordLink Link)
    {
        public static readonly IComparer<Keyed> Order = Comparer<Keyed>.Create((a, b) => a.Key != b.Key ? a.Key.CompareTo(b.Key) : a.Position.CompareTo(b.Position));

        public static void Write(BinaryWriter writer, Keyed item)
        {
            writer.Write(item.Key);
            writer.Write(item.Position);
            LinkCodec.Write(writer, item.Link);
        }

        public static Keyed Read(BinaryReader reader) => new(reader.ReadUInt64(), reader.ReadInt64(), LinkCodec.Read(reader));
    }

    /// <summary>An incident (by position among the accepted ones) asking for the records under an id hash.</summary>
    private readonly record struct Request(ulong Key, long Position)
    {
        public static readonly IComparer<Request> Order = Comparer<Request>.Create((a, b) => a.Key != b.Key ? a.Key.CompareTo(b.Key) : a.Position.CompareTo(b.Position));

        public static void Write(BinaryWriter writer, Request item)
        {
            writer.Write(item.Key);
            writer.Write(item.Position);
        }

        public static Request Read(BinaryReader reader) => new(reader.ReadUInt64(), reader.ReadInt64());
    }

    /// <summary>A candidate link: an incident, a record and the record's facts.</summary>
    private readonly record struct Pair(long IncidentPosition, long RecordPosition, RecordLink Link)
    {
        public static readonly IComparer<Pair> Order = Comparer<Pair>.Create((a, b) =>
            a.IncidentPosition != b.IncidentPosition ? a.IncidentPosition.CompareTo(b.IncidentPosition) : a.RecordPosition.CompareTo(b.RecordPosition));

        public static void Write(BinaryWriter writer, Pair item)
        {
            writer.Write(item.IncidentPosition);
            writer.Write(item.RecordPosition);
            LinkCodec.Write(writer, item.Link);
        }

        public static Pair Read(BinaryReader reader) => new(reader.ReadInt64(), reader.ReadInt64(), LinkCodec.Read(reader));
    }

    /// <summary>The accepted incidents, written as they are read and read back in the same order.</summary>
    private sealed class IncidentSpill(string? directory) : IDisposable
    {
        private readonly string _path = Path.Combine(directory ?? Path.GetTempPath(), $"compliance-incidents-{Guid.NewGuid():N}.spill");
        private BinaryWriter? _writer;

        public void Write(ParsedIncident parsed)
        {
            _writer ??= new BinaryWriter(new FileStream(_path, FileMode.CreateNew, FileAccess.Write, FileShare.None, 1 << 16), Encoding.UTF8);
            _writer.Write(parsed.Source);
            _writer.Write(parsed.Line);
            _writer.Write(IncidentJson.Serialize(parsed.Incident));
        }

        public IEnumerable<ParsedIncident> ReadAll()
        {
            if (_writer is null)
            {
                yield break;
            }

            _writer.Dispose();
            using var reader = new BinaryReader(new FileStream(_path, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16, FileOptions.SequentialScan), Encoding.UTF8);
            var length = reader.BaseStream.Length; // once: each call is a system call
            while (reader.BaseStream.Position < length)
            {
                var source = reader.ReadString();
                var line = reader.ReadInt64();
                yield return new ParsedIncident(IncidentJson.Parse(reader.ReadString()), source, line);
            }
        }

        public void Dispose()
        {
            _writer?.Dispose();
            try
            {
                File.Delete(_path);
            }
            catch (IOException)
            {
                // Left to the system's temporary-file cleaning.
            }
        }
    }
}
