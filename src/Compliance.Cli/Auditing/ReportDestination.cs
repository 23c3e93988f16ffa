using System.CommandLine;
using System.Text;
using Compliance.Cli.Commands;
using Compliance.Cli.Reports;
using Compliance.Cli.Reports.Csv;
using Compliance.Cli.Reports.Html;
using Compliance.Cli.Reports.Json;
using Compliance.Cli.Reports.Text;
using Spectre.Console;

namespace Compliance.Cli.Auditing;

/// <summary>
/// Where the report goes — the <c>--output</c> file or the invocation's standard output — and the
/// writer of its format over it. A file report is written to a temporary file beside
/// <c>--output</c> (same folder, so the final move is a rename on one file system) and moved
/// into place by <see cref="Commit"/> only when it is complete: a run that fails or is
/// interrupted leaves whatever was at <c>--output</c> untouched and removes its temporary file.
/// The temporary file is created before any record is read, so an unwritable folder is a usage
/// error. A device (<c>/dev/stdout</c>) is written directly: there is nothing to rename there.
/// </summary>
internal sealed class ReportDestination : IDisposable
{
    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);
    private readonly string? _path;
    private readonly ParseResult _parse;
    private readonly List<IDisposable> _opened = [];
    private readonly string? _temporary;

    public ReportDestination(string? path, ParseResult parse)
    {
        _path = path;
        _parse = parse;
        if (path is not null && !IsDevice(path))
        {
            var full = Path.GetFullPath(path);
            _temporary = Path.Combine(Path.GetDirectoryName(full)!, $".{Path.GetFileName(full)}.{Environment.ProcessId}.{Path.GetRandomFileName()}.tmp");
        }
    }

    /// <summary>How the report is named in messages.</summary>
    public string Name => _path ?? "standard output";

    /// <summary>Whether the report goes to the invocation's standard output.</summary>
    public bool IsStandardOutput => _path is null;

    public IReportWriter CreateWriter(ReportFormat format, ReportContext context) => format switch
    {
        ReportFormat.Json => new JsonReportWriter(OpenStream(), context),
        ReportFormat.Csv => new CsvReportWriter(OpenWriter(), context),
        ReportFormat.Html => new HtmlReportWriter(OpenWriter(), context),
        _ => new TextReportWriter(OpenConsole(), context),
    };

    /// <summary>Closes the complete report and moves it into place at <c>--output</c>.</summary>
    public void Commit()
    {
        Dispose();
        if (_temporary is not null && _path is not null && File.Exists(_temporary))
        {
            File.Move(_temporary, _path, overwrite: true);
        }
    }

    /// <summary>
    /// Removes the temporary file of a report the run could not finish. Never throws: it runs
    /// while another failure is being reported (a full disk fails the final flush too).
    /// </summary>
    public void Abandon()
    {
        foreach (var opened in Enumerable.Reverse(_opened))
        {
            try
            {
                opened.Dispose();
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException or ObjectDisposedException or NotSupportedException)
            {
                // The data is being thrown away: a failure to flush it changes nothing.
            }
        }

        _opened.Clear();
        try
        {
            if (_temporary is not null)
            {
                File.Delete(_temporary);
            }
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // Nothing more can be done; the caller reports the original failure.
        }
    }

    public void Dispose()
    {
        foreach (var opened in Enumerable.Reverse(_opened))
        {
            opened.Dispose();
        }

        _opened.Clear();
    }

    /// <summary>The report as bytes (the temporary file, or standard output); closed by <see cref="Commit"/> or <see cref="Abandon"/>.</summary>
    public Stream OpenStream()
    {
        if (_path is not null)
        {
            return Keep(new FileStream(_temporary ?? _path, _temporary is null ? FileMode.Create : FileMode.CreateNew, FileAccess.Write, FileShare.Read, 1 << 16));
        }

        var output = _parse.InvocationConfiguration.Output;
        return ReferenceEquals(output, Console.Out) ? Keep(Console.OpenStandardOutput()) : Keep(new TextWriterStream(output));
    }

    /// <summary>The report as UTF-8 text; closed by <see cref="Commit"/> or <see cref="Abandon"/>.</summary>
    public TextWriter OpenWriter() =>
        _path is null ? _parse.InvocationConfiguration.Output : Keep(new StreamWriter(OpenStream(), Utf8, 1 << 16));

    /// <summary>The report as a console without colours (a file) or the terminal; closed by <see cref="Commit"/> or <see cref="Abandon"/>.</summary>
    public IAnsiConsole OpenConsole()
    {
        if (_path is null)
        {
            return Consoles.Out(_parse);
        }

        var console = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Out = new AnsiConsoleOutput(OpenWriter()),
            Ansi = AnsiSupport.No,
            ColorSystem = ColorSystemSupport.NoColors,
            Interactive = InteractionSupport.No,
        });
        console.Profile.Width = 160;
        return console;
    }

    /// <summary>Character and block devices (a terminal, <c>/dev/null</c>, <c>/dev/stdout</c>) cannot be renamed onto.</summary>
    private static bool IsDevice(string path) =>
        Path.GetFullPath(path).StartsWith("/dev/", StringComparison.Ordinal)
        || (OperatingSystem.IsWindows() && path.StartsWith(@"\\.\", StringComparison.Ordinal));

    private T Keep<T>(T disposable)
        where T : IDisposable
    {
        _opened.Add(disposable);
        return disposable;
    }
}
