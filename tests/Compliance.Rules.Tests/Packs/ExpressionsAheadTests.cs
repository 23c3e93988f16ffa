using System.Text.Json;
using Compliance.Rules.Expressions;
using Compliance.Rules.Packs;
using Compliance.Rules.Packs.Documents;
using static Compliance.Rules.Tests.Packs.TestPacks;

namespace Compliance.Rules.Tests.Packs;

/// <summary>
/// Parsing a pack's expressions on a second thread changes nothing but when they are parsed: every
/// place gets the tree it would get parsed on its own, every error its place, message and position.
/// </summary>
public sealed class ExpressionsAheadTests
{
    // With the built-in pack's parameters: its expressions read them.
    private static readonly ExpressionCompiler Compiler = new(RulePack.LoadBuiltIn().Declarations.ToDictionary(d => d.Name, d => d.Type, StringComparer.Ordinal));

    [Fact]
    public void Every_expression_of_the_built_in_pack_parses_as_it_does_on_its_own()
    {
        var document = BuiltInDocument();
        var places = 0;
        using (var ahead = ExpressionsAhead.Start(Compiler, document.Rules))
        {
            for (var i = 0; i < document.Rules.Count; i++)
            {
                ahead.LoaderAt(i);
                foreach (var (field, text, type) in ExpressionsAhead.ExpressionsOf(document.Rules[i]))
                {
                    var early = ahead.Parse(i, field, text, type);
                    var own = Compiler.Parse(text, type);

                    Assert.Equal(own.Body.ToString(), early.Body.ToString());
                    Assert.Equal(own.Body.Type, early.Body.Type);
                    Assert.Equal(own.UsedParameterNames, early.UsedParameterNames);
                    places++;
                }
            }
        }

        // Each record rule of the built-in pack has a condition, most have evidence and a governing instant too.
        Assert.True(places > 2 * document.Rules.Count, $"{places} places");
    }

    [Fact]
    public void Errors_keep_their_place_message_and_position_wherever_the_rule_is()
    {
        // Twelve rules (enough for the second thread to start), broken at the start, in the middle and at
        // the end, in a condition, in evidence and in an escalation.
        var broken = new Dictionary<int, string>
        {
            [0] = Rule("T-000", "Record.Victims.Count > > 1"),
            [5] = Rule("T-005", "true", evidence: "\"n\": \"Record.NoSuchThing\"", message: "{n}"),
            [11] = Rule("T-011", "true", escalations: "{ \"when\": \"Record.Victims.Count >\", \"severity\": \"Critical\" }"),
        };
        var rules = Enumerable.Range(0, 12).Select(i => broken.GetValueOrDefault(i) ?? Rule($"T-{i:000}", "Record.Victims.Count > 1"));

        var errors = Assert.Throws<RulePackException>(() => Load(Pack(string.Join(",", rules)))).Errors;

        Assert.Equal(["$.rules[0] (T-000).condition", "$.rules[5] (T-005).evidence.n", "$.rules[11] (T-011).escalations[0].when"], errors.Select(e => e.Location));
        Assert.Equal(Own("Record.Victims.Count > > 1", typeof(bool)), (errors[0].Message, errors[0].Position));
        Assert.Equal(Own("Record.NoSuchThing", typeof(object)), (errors[1].Message, errors[1].Position));
        Assert.Equal(Own("Record.Victims.Count >", typeof(bool)), (errors[2].Message, errors[2].Position));
    }

    [Fact]
    public void A_place_asked_with_another_text_gets_that_texts_parse()
    {
        var document = BuiltInDocument();
        using var ahead = ExpressionsAhead.Start(Compiler, document.Rules);
        var last = Enumerable.Range(0, document.Rules.Count).Last(i => document.Rules[i] is { Scope: "record", Condition: not null });
        var written = document.Rules[last].Condition!;

        // The place holds the parse of the pack's text (by either thread); asked with another text, the answer is that text's.
        Assert.Equal(Compiler.Parse(written, typeof(bool)).Body.ToString(), ahead.Parse(last, "condition", written, typeof(bool)).Body.ToString());
        Assert.Equal("True", ahead.Parse(last, "condition", "true", typeof(bool)).Body.ToString());
        Assert.Equal("Convert(True, Object)", ahead.Parse(last, "condition", "true", typeof(object)).Body.ToString());
    }

    [Fact]
    public void Disposing_stops_the_helper_and_parsing_goes_on_on_the_callers_thread()
    {
        var document = BuiltInDocument();
        var ahead = ExpressionsAhead.Start(Compiler, document.Rules);
        ahead.Dispose();

        var (field, text, type) = ExpressionsAhead.ExpressionsOf(document.Rules[0]).First();
        Assert.Equal(Compiler.Parse(text, type).Body.ToString(), ahead.Parse(0, field, text, type).Body.ToString());
        ahead.Dispose();
    }

    private static (string Message, int? Position) Own(string text, Type type)
    {
        var error = Assert.Throws<ExpressionError>(() => Compiler.Parse(text, type));
        return (error.Message, error.Position);
    }

    private static RulePackDocument BuiltInDocument()
    {
        using var stream = typeof(RulePack).Assembly.GetManifestResourceStream("Compliance.Rules.Packs.BuiltIn.builtin.json")!;
        return JsonSerializer.Deserialize(stream, PackJsonContext.Default.RulePackDocument)!;
    }
}
