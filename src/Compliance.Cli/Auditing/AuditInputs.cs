using System.Globalization;
using System.Text;
using Compliance.Cli.Reports;
using Compliance.Rules.Reading;

namespace Compliance.Cli.Auditing;

/// <summary>
/// The input files of an audit, all opened before any is read (a missing file is a usage error,
/// not a half-written report), read in the order given through one <see cref="RecordReader"/> so
/// that duplicate ids are caught across files.
/// </summary>
internal sealed class AuditInputs : IDisposable
{
    private readonly List<Input> _inputs;

    private AuditInputs(List<Input> inputs) => _inputs = inputs;

    /// <summary>The inputs' names as reports give them: the paths as given, <c>&lt;stdin&gt;</c> for <c>-</c>.</summary>
    public IReadOnlyList<string> Names => _inputs.Select(i => i.Name).ToArray();

    /// <summary>The size of all inputs, when every one is a file.</summary>
    public long? TotalBytes => _inputs.All(i => i.Stream.CanSeek) ? _inputs.Sum(i => i.Stream.Length) : null;

    /// <summary>Bytes read so far from the inputs that are files.</summary>
    public long BytesRead => _inputs.Where(i => i.Stream.CanSeek).Sum(i => i.Stream.Position);

    public static bool TryOpen(IReadOnlyList<string> paths, Func<Stream> standardInput, List<string> problems, out AuditInputs? inputs)
    {
        var opened = new List<Input>();
        foreach (var path in paths)
        {
            try
            {
                if (path == RecordSource.StandardInputPath)
                {
                    opened.Add(new Input(RecordSource.StandardInputName, standardInput(), RecordInputFormat.JsonLines));
                }
                else
                {
                    var source = RecordSource.Open(path);
                    opened.Add(new Input(source.Name, source.Stream, source.Format));
                }
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

    /// <summary>Every input record, parsed or rejected, in input order.</summary>
    public IEnumerable<InputItem> Read(RecordReader reader)
    {
        foreach (var input in _inputs)
        {
            foreach (var result in reader.Read(input.Stream, input.Name, input.Format))
            {
                yield return result switch
                {
                    ParsedRecord parsed => InputItem.Parsed(parsed.Record, parsed.Source, parsed.Line),
                    Rejection rejection => InputItem.Rejected(new RejectedRecord(rejection.Source, rejection.Line, rejection.Code.ToString(), Describe(rejection))),
                    _ => throw new InvalidOperationException($"unknown read result {result.GetType().Name}"),
                };
            }
        }
    }

    public void Dispose()
    {
        foreach (var input in _inputs)
        {
            input.Stream.Dispose();
        }
    }

    /// <summary>The reason and where in the record, without the source and line (reports give those apart).</summary>
    private static string Describe(Rejection rejection)
    {
        var text = new StringBuilder(rejection.Reason);
        if (rejection.JsonPath is not null || rejection.BytePosition is not null)
        {
            text.Append(" (at ").Append(rejection.JsonPath);
            if (rejection.BytePosition is { } position)
            {
                text.Append(rejection.JsonPath is null ? string.Empty : ", ").Append(CultureInfo.InvariantCulture, $"byte {position}");
            }

            text.Append(')');
        }

        return text.ToString();
    }

    private static string Describe(Exception e) => e switch
    {
        FileNotFoundException => "no such file",
        DirectoryNotFoundException => "no such directory",
        UnauthorizedAccessException => "permission denied",
        _ => e.Message,
    };

    private sealed record Input(string Name, Stream Stream, RecordInputFormat Format);
}
