using System.Collections.Concurrent;
using Compliance.Rules.Expressions;
using Compliance.Rules.Packs.Documents;

namespace Compliance.Rules.Packs;

/// <summary>
/// Parses a pack's record-rule expressions on a second thread while the loader reads the rules in
/// order: the helper starts at the last rule and works back, the loader asks here for each
/// expression at its place (rule and field) and parses it itself if the helper has not got there,
/// so the two meet in the middle and the helper stops.
/// </summary>
/// <remarks>
/// <para>Why: parsing the expressions is about 45% of loading the built-in pack (sampled profile of an
/// audit's start), one thread's work on the way to the first record while the other core has
/// finished scanning the input's ids. Measured on 2 cores: see <c>docs/benchmarks.md</c>, ninth round.</para>
/// <para>What the loader gets is what it would have parsed itself, errors included: a parse is a pure
/// function of its text and result type (DynamicExpresso documents <c>Interpreter.Parse</c> as safe
/// to call from several threads once the interpreter is set up, and the allowlist check keeps no
/// state), every place keeps a parse of its own (nothing is shared between two places that happen to
/// have the same text), and an answer is used only for the very text and type asked. The helper has a
/// larger stack than a thread-pool thread, so a deeply nested expression cannot fail there where it
/// would have parsed on the loader's thread.</para>
/// </remarks>
internal sealed class ExpressionsAhead : IDisposable
{
    /// <summary>Fewer rules than this are parsed on the loader's thread alone: starting a thread costs more than it saves.</summary>
    private const int MinimumRules = 8;

    /// <summary>The helper's stack: as the main thread's usually is, above a pool thread's 1.5 MB.</summary>
    private const int HelperStackBytes = 16 * 1024 * 1024;

    private readonly ExpressionCompiler _compiler;
    private readonly ConcurrentDictionary<(int Rule, string Field), Entry> _entries = new();
    private readonly Thread? _helper;

    // The rule the loader is at; the helper stops when it reaches it.
    private int _loaderAt = -1;

    private ExpressionsAhead(ExpressionCompiler compiler, IReadOnlyList<RuleDocument> rules, bool help)
    {
        _compiler = compiler;
        if (help)
        {
            _helper = new Thread(() => Help(rules), HelperStackBytes) { IsBackground = true, Name = "Compliance pack parser" };
            _helper.Start();
        }
    }

    /// <summary>Starts parsing ahead when the machine has more than one core and the pack enough rules.</summary>
    /// <param name="compiler">The pack's compiler.</param>
    /// <param name="rules">The pack's rules, in order.</param>
    /// <returns>The parses, to be disposed when the rules are read.</returns>
    public static ExpressionsAhead Start(ExpressionCompiler compiler, IReadOnlyList<RuleDocument> rules) =>
        new(compiler, rules, Environment.ProcessorCount > 1 && rules.Count >= MinimumRules);

    /// <summary>The expressions of a record rule the loader parses, with the field names it reports them under.</summary>
    /// <param name="rule">The rule.</param>
    /// <returns>Field, text and result type of each.</returns>
    public static IEnumerable<(string Field, string Text, Type Type)> ExpressionsOf(RuleDocument rule)
    {
        if (rule.Scope != "record")
        {
            yield break;
        }

        if (rule.GoverningInstant is { } governingInstant)
        {
            yield return ("governingInstant", governingInstant, typeof(DateTimeOffset?));
        }

        if (rule.InForce is { } inForce)
        {
            yield return ("inForce", inForce, typeof(bool));
        }

        if (rule.Requires is { } requires)
        {
            for (var i = 0; i < requires.Count; i++)
            {
                if (requires[i]?.When is { } when)
                {
                    yield return ($"requires[{i}].when", when, typeof(bool));
                }
            }
        }
        else if (rule.AppliesWhen is { } appliesWhen)
        {
            yield return ("appliesWhen", appliesWhen, typeof(bool));
        }

        if (rule.Condition is { } condition)
        {
            yield return ("condition", condition, typeof(bool));
        }

        for (var e = 0; e < rule.Escalations.Count; e++)
        {
            if (rule.Escalations[e]?.When is { } when)
            {
                yield return ($"escalations[{e}].when", when, typeof(bool));
            }
        }

        foreach (var (name, text) in rule.Evidence)
        {
            yield return ($"evidence.{name}", text, typeof(object));
        }
    }

    /// <summary>Marks where the loader is: the helper parses nothing at or before it.</summary>
    /// <param name="rule">The index of the rule the loader reads now.</param>
    public void LoaderAt(int rule) => Volatile.Write(ref _loaderAt, rule);

    /// <summary>The parse of an expression at its place, as <see cref="ExpressionCompiler.Parse"/> gives it.</summary>
    /// <param name="rule">The rule's index.</param>
    /// <param name="field">The field, as the loader reports it.</param>
    /// <param name="text">The expression.</param>
    /// <param name="type">Its result type.</param>
    /// <returns>The checked expression.</returns>
    /// <exception cref="ExpressionError">The text is not a valid, allowed expression.</exception>
    public ParsedExpression Parse(int rule, string field, string text, Type type)
    {
        var entry = EntryAt(rule, field, text, type);
        return string.Equals(entry.Text, text, StringComparison.Ordinal) && entry.Type == type ? entry.Parsed : _compiler.Parse(text, type);
    }

    /// <summary>Stops the helper and waits for it: nothing is parsed after the rules are read.</summary>
    public void Dispose()
    {
        LoaderAt(int.MaxValue);
        _helper?.Join();
    }

    private void Help(IReadOnlyList<RuleDocument> rules)
    {
        try
        {
            HelpFromTheEnd(rules);
        }
        catch (Exception)
        {
            // Whatever went wrong here, the loader parses what the helper did not: a pack never fails,
            // nor the process, because of the helper (an exception on a thread of its own would end it).
        }
    }

    private void HelpFromTheEnd(IReadOnlyList<RuleDocument> rules)
    {
        for (var r = rules.Count - 1; r > Volatile.Read(ref _loaderAt); r--)
        {
            if (rules[r] is not { } rule)
            {
                continue;
            }

            foreach (var (field, text, type) in ExpressionsOf(rule))
            {
                if (r <= Volatile.Read(ref _loaderAt))
                {
                    return;
                }

                var entry = EntryAt(r, field, text, type);
                try
                {
                    _ = entry.Parsed;
                }
                catch (Exception)
                {
                    // Kept in the entry: the loader meets it where it asks for this expression, as it would have.
                }
            }
        }
    }

    /// <summary>The place's entry, made with this text and type by whichever thread comes first.</summary>
    private Entry EntryAt(int rule, string field, string text, Type type) =>
        _entries.GetOrAdd((rule, field), static (_, state) => new Entry(state.Compiler, state.Text, state.Type), (Compiler: _compiler, Text: text, Type: type));

    /// <summary>One place's parse, done once by whichever thread asks first (the other waits for it).</summary>
    private sealed class Entry(ExpressionCompiler compiler, string text, Type type)
    {
        private readonly Lazy<ParsedExpression> _parsed = new(() => compiler.Parse(text, type), LazyThreadSafetyMode.ExecutionAndPublication);

        public string Text => text;

        public Type Type => type;

        public ParsedExpression Parsed => _parsed.Value;
    }
}
