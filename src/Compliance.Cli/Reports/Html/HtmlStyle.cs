namespace Compliance.Cli.Reports.Html;

/// <summary>The report's one style sheet, inline: police networks are closed, so nothing may be fetched.</summary>
internal static class HtmlStyle
{
    public const string Css = """
        :root { color-scheme: light; }
        * { box-sizing: border-box; }
        body { margin: 0; font-family: system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; font-size: 14px; color: #1f2933; background: #f4f6f8; }
        header { background: #1f2933; color: #fff; padding: 18px 32px; }
        header h1 { margin: 0 0 6px; font-size: 22px; }
        header p { margin: 2px 0; color: #c9d1d9; }
        main { padding: 8px 32px 32px; max-width: 1400px; }
        section { background: #fff; border: 1px solid #d9dee3; border-radius: 6px; padding: 12px 20px 16px; margin: 16px 0; }
        h2 { font-size: 17px; margin: 6px 0 10px; }
        h3 { font-size: 15px; margin: 14px 0 6px; }
        .cards { display: flex; flex-wrap: wrap; gap: 12px; }
        .card { border: 1px solid #d9dee3; border-radius: 6px; padding: 8px 14px; min-width: 120px; }
        .card .value { font-size: 22px; font-weight: 600; }
        .card .label { color: #6b7785; font-size: 12px; }
        .card.bad .value { color: #d0432b; }
        figure { margin: 8px 0 18px; }
        figure svg { max-width: 1000px; display: block; }
        figcaption { font-weight: 600; margin-bottom: 4px; }
        figure p { color: #6b7785; margin: 2px 0 6px; }
        table { border-collapse: collapse; width: 100%; margin: 6px 0; }
        th, td { text-align: left; padding: 4px 8px; border-bottom: 1px solid #e6e9ec; vertical-align: top; }
        th { background: #eef1f4; font-weight: 600; }
        td.id { white-space: nowrap; }
        td.num, th.num { text-align: right; font-variant-numeric: tabular-nums; }
        tr.stands-out td:first-child { font-weight: 600; color: #d0432b; }
        .sev { display: inline-block; padding: 0 6px; border-radius: 3px; color: #fff; font-size: 12px; }
        .sev-Critical { background: #8b1a1a; } .sev-High { background: #d0432b; } .sev-Medium { background: #e0a526; color: #1f2933; } .sev-Low { background: #8c8c8c; }
        .evidence { color: #52606d; font-size: 12px; }
        .note { color: #6b7785; }
        .ok { color: #2e7d32; }
        footer { color: #6b7785; padding: 0 32px 24px; font-size: 12px; }
        """;
}
