using System.Globalization;
using System.Net;
using System.Text;
using Compliance.Rules.Records;

namespace Compliance.Cli.Reports.Html;

/// <summary>Small helpers for hand-written inline SVG: invariant numbers, escaped text, a builder.</summary>
internal static class Svg
{
    public const string Critical = "#8b1a1a";
    public const string High = "#d0432b";
    public const string Medium = "#e0a526";
    public const string Low = "#8c8c8c";
    public const string Ink = "#1f2933";
    public const string Muted = "#6b7785";
    public const string Grid = "#d9dee3";
    public const string Accent = "#1f5fa8";
    public const string AccentLight = "#9dc1e8";
    public const string Baseline = "#e07b00";

    public static string N(double value) => Math.Round(value, 1).ToString("0.#", CultureInfo.InvariantCulture);

    public static string E(string text) => WebUtility.HtmlEncode(text);

    public static string SeverityColour(Rules.Records.Severity severity) => severity switch
    {
        Rules.Records.Severity.Critical => Critical,
        Rules.Records.Severity.High => High,
        Rules.Records.Severity.Medium => Medium,
        _ => Low,
    };

    /// <summary>Opens an <c>svg</c> element that scales to its container, with an accessible title.</summary>
    public static StringBuilder Open(double width, double height, string title, string id) =>
        new StringBuilder()
            .Append(CultureInfo.InvariantCulture, $"<svg id=\"{id}\" xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 {N(width)} {N(height)}\" width=\"100%\" role=\"img\" aria-labelledby=\"{id}-title\" font-family=\"system-ui, sans-serif\" font-size=\"12\">")
            .Append(CultureInfo.InvariantCulture, $"<title id=\"{id}-title\">{E(title)}</title>");

    public static StringBuilder Text(this StringBuilder svg, double x, double y, string text, string anchor = "start", string fill = Ink, string weight = "normal") =>
        svg.Append(CultureInfo.InvariantCulture, $"<text x=\"{N(x)}\" y=\"{N(y)}\" text-anchor=\"{anchor}\" fill=\"{fill}\" font-weight=\"{weight}\">{E(text)}</text>");

    public static StringBuilder Line(this StringBuilder svg, double x1, double y1, double x2, double y2, string stroke, double width = 1, string dash = "") =>
        svg.Append(CultureInfo.InvariantCulture, $"<line x1=\"{N(x1)}\" y1=\"{N(y1)}\" x2=\"{N(x2)}\" y2=\"{N(y2)}\" stroke=\"{stroke}\" stroke-width=\"{N(width)}\"{(dash.Length > 0 ? $" stroke-dasharray=\"{dash}\"" : string.Empty)}/>");

    public static StringBuilder Rect(this StringBuilder svg, double x, double y, double width, double height, string fill, string tooltip = "") =>
        svg.Append(CultureInfo.InvariantCulture, $"<rect x=\"{N(x)}\" y=\"{N(y)}\" width=\"{N(Math.Max(0, width))}\" height=\"{N(height)}\" fill=\"{fill}\">")
            .Append(tooltip.Length > 0 ? $"<title>{E(tooltip)}</title>" : string.Empty).Append("</rect>");

    public static StringBuilder Circle(this StringBuilder svg, double cx, double cy, double r, string fill, string tooltip = "") =>
        svg.Append(CultureInfo.InvariantCulture, $"<circle cx=\"{N(cx)}\" cy=\"{N(cy)}\" r=\"{N(r)}\" fill=\"{fill}\">")
            .Append(tooltip.Length > 0 ? $"<title>{E(tooltip)}</title>" : string.Empty).Append("</circle>");

    /// <summary>Vertical grid lines and percentage labels from 0 to <paramref name="max"/> (a fraction).</summary>
    public static StringBuilder PercentAxis(this StringBuilder svg, double left, double width, double top, double bottom, double max)
    {
        var step = max <= 0.25 ? 0.05 : max <= 0.5 ? 0.1 : 0.2;
        for (var tick = 0.0; tick <= max + 1e-9; tick += step)
        {
            var x = left + (tick / max * width);
            svg.Line(x, top, x, bottom, Grid).Text(x, bottom + 14, (tick * 100).ToString("0", CultureInfo.InvariantCulture) + "%", "middle", Muted);
        }

        return svg;
    }

    /// <summary>The smallest of 10%, 20%, … 100% that holds <paramref name="value"/>.</summary>
    public static double CeilingTenth(double value) => Math.Clamp(Math.Ceiling((value * 10) - 1e-9) / 10, 0.1, 1);
}
