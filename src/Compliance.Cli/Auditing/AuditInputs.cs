using Compliance.Rules.Incidents;
using Compliance.Rules.Reading;

namespace Compliance.Cli.Auditing;

/// <summary>
/// The input files of one side of an audit (crime records, or incident logs), all opened before
/// any is read (a missing file is a usage error, not a half-written report), read in the order
/// given through one reader so that duplicate ids are caught across files.
/// </summary>
internal sealed class AuditInputs : IDisposable
{
    private readonly List<RecordSource> _inputs;

    private AuditInputs(List<RecordSource> inputs) => _inputs = inputs;

    /// <summary>The inputs' names as reports give them: the paths as given, <c>&lt;stdin&gt;</c> for <c>-</c>.</summary>
    public IReadOnlyList<string> Names => _inputs.Select(i => i.Name).ToArray();

    /// <summary>Whether every input can be read twice (files, not standard input).</summary>
    public bool AllSeekable => _inputs.All(i => i.Stream.CanSeek);

    /// <summary>The size of all inputs, when every one is a file.</summary>
    public long? TotalBytes => AllSeekable ? _inputs.Sum(i => i.Stream.Length) : null;

    /// <summary>Bytes read so far from the inputs that are files.</summary>
    public long BytesRead => _inputs.Where(i => i.Stream.CanSeek).Sum(i => i.Stream.Position);

    public static bool TryOpen(IReadOnlyList<string> paths, Func<Stream> standardInput, List<string> problems, out AuditInputs? inputs)
    {
        var opened = new List<RecordSource>();
        foreach (var path in paths)
        {
            if (path != RecordSource.StandardInputPath && Directory.Exists(path))
            {
                problems.Add($"{path}: a directory, not a file: name the record files in it (e.g. {Path.Combine(path, "*.jsonl")})");
                continue;
            }

            try
            {
                opened.Add(path == RecordSource.StandardInputPath
                    ? RecordSource.FromStream(standardInput(), RecordSource.StandardInputName, RecordInputFormat.JsonLines)
                    : RecordSource.Open(path));
            }
            catch (ArgumentException e)
            {
                // The reader's message names the path and the extensions it reads.
                problems.Add(e.Message.Split(" (Parameter", 2)[0]);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                problems.Add($"{path}: {Describe(e)}");
            }
        }

        inputs = new AuditInputs(opened);
        if (problems.Count == 0)
        {
            return true;
        }

        inputs.Dispose();
        inputs = null;
        return false;
    }

    /// <summary>
    /// When every input is a file, reads them once ahead so that duplicate detection holds only ids
    /// that occur more than once (<see cref="RecordReader.PrepareDuplicateDetection"/>): memory
    /// stays flat however many records. Standard input can be read only once: then every id is
    /// remembered, about 60 bytes per record.
    /// </summary>
    /// <returns>Whether the inputs were scanned.</returns>
    public bool PrepareDuplicateDetection(RecordReader reader, CancellationToken cancellationToken) => reader.PrepareDuplicateDetection(_inputs, cancellationToken);

    /// <summary>The same for incident logs: only incident ids that occur more than once are held.</summary>
    public bool PrepareDuplicateDetection(IncidentReader reader, CancellationToken cancellationToken) => reader.PrepareDuplicateDetection(_inputs, cancellationToken);

    /// <summary>Every input record, parsed or rejected, in input order.</summary>
    public IEnumerable<ReadResult> Read(RecordReader reader) => Read(reader.Read);

    /// <summary>Every input record, parsed or rejected, in input order, the parsing shared with threads that help.</summary>
    public IEnumerable<ReadResult> Read(RecordReader reader, SharedParsing sharing) => Read(source => reader.Read(source, sharing));

    /// <summary>Every input incident, parsed or rejected, in input order.</summary>
    public IEnumerable<ReadResult> Read(IncidentReader reader) => Read(reader.Read);

    private IEnumerable<ReadResult> Read(Func<RecordSource, IEnumerable<ReadResult>> read)
    {
        foreach (var input in _inputs)
        {
            foreach (var result in read(input))
            {
                yield return result;
            }
        }
    }

    public void Dispose()
    {
        foreach (var input in _inputs)
        {
            input.Dispose();
        }
    }

    private static string Describe(Exception e) => e switch
    {
        FileNotFoundException => "no such file",
        DirectoryNotFoundException => "no such directory",
        UnauthorizedAccessException => "permission denied",
        _ => e.Message,
    };
}
