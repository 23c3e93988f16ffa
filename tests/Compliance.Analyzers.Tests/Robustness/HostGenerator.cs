using System.Text;

namespace Compliance.Analyzers.Tests.Robustness;

/// <summary>
/// Generates host code against <see cref="Verification.HostSources.Model"/> from a seed: methods that mix
/// marked calls, request objects, property changes, locals, lambdas, async code and <c>with</c>
/// expressions with good, missing, placeholder and insufficient values — or, when compliant, only with
/// values the analyzer must accept. Same seed, same text. Also used (linked) by the analyzer cost harness.
/// </summary>
internal sealed class HostGenerator
{
    private static readonly string[] Texts =
    [
        "\"CCTV shows the victim leaving unharmed\"", "\"n/a\"", "\"TBC\"", "\"\"", "null", "default", "reason", "string.Empty",
        "Notes.Pending", "$\"Ref {crime.Status}\"", "\"Medical report 17\"",
    ];

    private static readonly string[] Grounds =
    [
        "[AviKind.VictimRetraction]", "new[] { AviKind.Cctv }", "[]", "[.. grounds]", "null", "grounds",
        "new List<AviKind> { AviKind.VictimWithdrawalOfSupport }", "[AviKind.Forensic, AviKind.VictimRetraction]",
        "new AviKind[] { AviKind.VictimRetraction, AviKind.VictimWithdrawalOfSupport }",
    ];

    private static readonly string[] GoodTexts =
    [
        "\"CCTV shows the victim leaving unharmed\"", "reason", "$\"Ref {crime.Status}\"", "\"Medical report 17\"",
    ];

    private static readonly string[] GoodGrounds =
    [
        "new[] { AviKind.Cctv }", "grounds", "[AviKind.Forensic, AviKind.VictimRetraction]", "[.. grounds, AviKind.VictimRetraction]",
    ];

    private readonly Random _random;
    private readonly bool _compliant;
    private readonly string[] _texts;
    private readonly string[] _grounds;
    private int _counter;

    /// <param name="compliant">Only justified changes: the analyzer must report nothing.</param>
    public HostGenerator(int seed, bool compliant = false)
    {
        _random = new Random(seed);
        _compliant = compliant;
        _texts = compliant ? GoodTexts : Texts;
        _grounds = compliant ? GoodGrounds : Grounds;
    }

    /// <summary>One file: a class with <paramref name="methods"/> methods in its own namespace.</summary>
    public string File(int index, int methods)
    {
        var code = new StringBuilder();
        code.AppendLine("#nullable enable");
        code.AppendLine("using System;");
        code.AppendLine("using System.Collections.Generic;");
        code.AppendLine("using System.Threading.Tasks;");
        code.AppendLine("using Host.Rms;");
        code.AppendLine($"namespace Host.Generated{index}");
        code.AppendLine("{");
        code.AppendLine("    static class Notes { public const string Pending = \"tbd\"; }");
        code.AppendLine($"    public sealed partial class Workflow{index}");
        code.AppendLine("    {");
        for (var m = 0; m < methods; m++)
        {
            Method(code, m);
        }

        code.AppendLine("    }");
        code.AppendLine("}");
        return code.ToString();
    }

    private void Method(StringBuilder code, int index)
    {
        var isAsync = _random.Next(4) == 0;
        code.AppendLine(isAsync
            ? $"        public async Task Run{index}Async(CrimeService service, Crime crime, CrimeRecord record, string? reason, AviKind[] grounds)"
            : $"        public void Run{index}(CrimeService service, Crime crime, CrimeRecord record, string? reason, AviKind[] grounds)");
        code.AppendLine("        {");
        if (isAsync)
        {
            code.AppendLine("            await Task.Yield();");
        }

        var statements = 1 + _random.Next(5);
        for (var s = 0; s < statements; s++)
        {
            code.Append("            ").AppendLine(Statement(depth: 0));
        }

        code.AppendLine("            _ = record;");
        code.AppendLine("        }");
    }

    private string Statement(int depth)
    {
        var n = _counter++;
        switch (_random.Next(depth > 0 ? 9 : 11))
        {
            case 0:
                return $"service.Reclassify(crime, \"8N\", {Pick(_texts)}{(_compliant || _random.Next(2) == 0 ? ", " + Pick(_texts) : "")});";
            case 1:
                return $"service.Cancel(crime, {Request()});";
            case 2:
                return $"service.CancelFor(crime{Params()});";
            case 3:
                return _compliant
                    ? $"crime.ReasonCode = ReasonCode.RecordingError; crime.Justification = {Pick(_texts)}; crime.Status = \"CANCELLED\";"
                    : "crime.Status = \"CANCELLED\";";
            case 4:
                return _random.Next(2) == 0 ? "crime.ReasonCode = ReasonCode.RecordingError;" : $"crime.Justification = {Pick(_texts)};";
            case 5:
                return $"var request{n} = new CancelRequest {{ Reason = {Pick(_texts)} }}; request{n}.Grounds = {Pick(_grounds)}; service.Cancel(crime, request{n});";
            case 6:
                return $"record = record with {{ Status = \"8N\"{(_compliant || _random.Next(2) == 0 ? ", Grounds = " + Pick(_grounds) : "")}{(_compliant || _random.Next(2) == 0 ? ", Justification = " + Pick(_texts) : "")} }};";
            case 7:
                return $"service.AddNote(crime, {Pick(_texts)});";
            case 8:
                return $"service.CancelWithCode(crime, {(_compliant || _random.Next(2) == 0 ? "AviCodes.Cctv" : "AviCodes.Retraction")});";
            case 9:
                return $"Action action{n} = () => {{ {Statement(depth + 1)} }}; action{n}();";
            default:
                return $"Func<Task> later{n} = async () => {{ await Task.Yield(); {Statement(depth + 1)} }}; _ = later{n};";
        }
    }

    private string Request() => (_compliant ? 4 : _random.Next(5)) switch
    {
        0 => "null",
        1 => "new CancelRequest()",
        2 => $"new CancelRequest {{ Reason = {Pick(_texts)} }}",
        3 => $"new() {{ Grounds = {Pick(_grounds)} }}",
        _ => $"new CancelRequest {{ Reason = {Pick(_texts)}, Grounds = {Pick(_grounds)} }}",
    };

    private string Params() => (_compliant ? 2 + _random.Next(2) : _random.Next(4)) switch
    {
        0 => "",
        1 => ", AviKind.VictimRetraction",
        2 => ", AviKind.VictimRetraction, AviKind.Cctv",
        _ => ", grounds",
    };

    private string Pick(string[] values) => values[_random.Next(values.Length)];
}
