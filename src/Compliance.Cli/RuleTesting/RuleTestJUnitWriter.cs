using System.Globalization;
using System.Text;
using System.Xml;
using Compliance.Cli.Explaining;

namespace Compliance.Cli.RuleTesting;

/// <summary>
/// Rule test results as JUnit XML, which CI systems show as test results: one <c>testsuite</c> per
/// test file, one <c>testcase</c> per test, a <c>failure</c> with expected vs actual and every rule's
/// verdict. With a threshold, a <c>coverage</c> suite holds one case that fails when coverage is below it.
/// </summary>
internal static class RuleTestJUnitWriter
{
    public static void Write(TextWriter output, RuleTestRun run)
    {
        var settings = new XmlWriterSettings { Indent = true, IndentChars = "  ", NewLineChars = "\n", Encoding = new UTF8Encoding(false) };
        using (var xml = XmlWriter.Create(output, settings))
        {
            xml.WriteStartDocument();
            xml.WriteStartElement("testsuites");
            xml.WriteAttributeString("name", "compliance rules test");
            xml.WriteAttributeString("tests", Count(run.Results.Count + (run.Threshold is null ? 0 : 1)));
            xml.WriteAttributeString("failures", Count(run.Failed + (run.CoverageBelowThreshold ? 1 : 0)));
            foreach (var file in run.Files)
            {
                var results = run.ResultsOf(file).ToArray();
                Suite(xml, file, results.Length, results.Count(r => !r.Passed));
                foreach (var result in results)
                {
                    xml.WriteStartElement("testcase");
                    xml.WriteAttributeString("name", result.Test.Name);
                    xml.WriteAttributeString("classname", file);
                    if (!result.Passed)
                    {
                        xml.WriteStartElement("failure");
                        xml.WriteAttributeString("message", string.Join("; ", result.Failures));
                        xml.WriteAttributeString("type", "expectation");
                        xml.WriteString(FailureText(result));
                        xml.WriteEndElement();
                    }

                    xml.WriteEndElement();
                }

                xml.WriteEndElement();
            }

            if (run.Threshold is { } threshold)
            {
                var coverage = run.Coverage;
                Suite(xml, "coverage", 1, run.CoverageBelowThreshold ? 1 : 0);
                xml.WriteStartElement("testcase");
                xml.WriteAttributeString("name", $"rule coverage at least {threshold.ToString(CultureInfo.InvariantCulture)}%");
                xml.WriteAttributeString("classname", "coverage");
                if (run.CoverageBelowThreshold)
                {
                    xml.WriteStartElement("failure");
                    xml.WriteAttributeString("message", $"coverage {RuleTestTextWriter.Percent(coverage.Percent)} ({coverage.Covered} of {coverage.Rules.Count} rules) is below {threshold.ToString(CultureInfo.InvariantCulture)}%");
                    xml.WriteAttributeString("type", "coverage");
                    xml.WriteString("not covered: " + string.Join(", ", coverage.Rules.Where(r => !r.IsCovered).Select(r => r.RuleId)));
                    xml.WriteEndElement();
                }

                xml.WriteEndElement();
                xml.WriteEndElement();
            }

            xml.WriteEndElement();
            xml.WriteEndDocument();
        }

        output.WriteLine();
    }

    private static void Suite(XmlWriter xml, string name, int tests, int failures)
    {
        xml.WriteStartElement("testsuite");
        xml.WriteAttributeString("name", name);
        xml.WriteAttributeString("tests", Count(tests));
        xml.WriteAttributeString("failures", Count(failures));
        xml.WriteAttributeString("errors", "0");
        xml.WriteAttributeString("skipped", "0");
    }

    private static string FailureText(RuleTestResult result)
    {
        var text = new StringWriter { NewLine = "\n" };
        text.WriteLine($"{result.Test.Subject} ({result.Test.Path})");
        foreach (var failure in result.Failures)
        {
            text.WriteLine(failure.ToString());
        }

        text.WriteLine("explanation:");
        ExplanationText.WriteRules(text, result.Explanation?.Rules ?? [], "  ");
        return text.ToString();
    }

    private static string Count(int value) => value.ToString(CultureInfo.InvariantCulture);
}
