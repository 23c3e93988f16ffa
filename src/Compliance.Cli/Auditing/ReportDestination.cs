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
/// writer of its format over it. The file is created before any record is read, so an unwritable
/// path is a usage error; a run that fails leaves no half-written file behind.
/// </summary>
internal sealed class ReportDestination : IDisposable
{
    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);
    private readonly string? _path;
    private readonly ParseResult _parse;
    private readonly List<IDisposable> _opened = [];

    public ReportDestination(string? path, ParseResult parse)
    {
        _path = path;
        _parse = parse;
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

    /// <summary>Removes a report file the run could not finish.</summary>
    public void Abandon()
    {
        Dispose();
        if (_path is not null && File.Exists(_path))
        {
            File.Delete(_path);
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

    private Stream OpenStream()
    {
        if (_path is not null)
        {
            return Keep(new FileStream(_path, FileMode.Create, FileAccess.Write, FileShare.Read, 1 << 16));
        }

        var output = _parse.InvocationConfiguration.Output;
        return Keep(TextWriterStream.Over(output));
    }

    private TextWriter OpenWriter() =>
        _path is null ? _parse.InvocationConfiguration.Output : Keep(new StreamWriter(OpenStream(), Utf8, 1 << 16));

    private IAnsiConsole OpenConsole()
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

    private T Keep<T>(T disposable)
        where T : IDisposable
    {
        _opened.Add(disposable);
        return disposable;
    }
}
