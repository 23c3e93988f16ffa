using System.Linq.Expressions;
using System.Text.Json;
using System.Text.RegularExpressions;
using Compliance.Rules.Engine;
using Compliance.Rules.Expressions;
using Compliance.Rules.Facts;
using Compliance.Rules.Packs;

namespace Compliance.Rules.Sampling;

/// <summary>Reads a plan like a policy: unknown keys, wrong types and bad expressions are errors with their JSON path and line.</summary>
internal static partial class SamplingPlanReader
{
    private static readonly string[] PlanKeys = ["planId", "adjudicator", "seedSource", "period", "strata", "combine"];
    private static readonly string[] PeriodKeys = ["from", "to"];
    private static readonly string[] StratumKeys = ["id", "population", "decision", "where", "dateField", "n", "expectedRate", "margin", "crimesPerIncident", "designEffect"];
    private static readonly string[] GroupKeys = ["id", "strata"];

    public static SamplingPlan Read(ReadOnlyMemory<byte> json, string source, RulePack pack)
    {
        ArgumentNullException.ThrowIfNull(pack);
        var (document, check) = JsonChecker.OpenObject(json, source, PlanKeys);
        using var opened = document;
        var root = document.RootElement;

        var planId = check.String(root, "$", "planId", required: true);
        if (planId is not null && !IdPattern().IsMatch(planId))
        {
            check.Error("$.planId", $"\"{planId}\" is not an id (letters, digits, '.', '_', '-'; no ':' as it separates the parts of an item's hash)");
        }

        var adjudicator = check.String(root, "$", "adjudicator", required: true);
        var seedSource = check.String(root, "$", "seedSource");
        DateOnly? from = null, to = null;
        if (check.Value(root, "$", "period", false) is { } period && check.Object(period, "$.period", PeriodKeys))
        {
            from = check.Date(period, "$.period", "from");
            to = check.Date(period, "$.period", "to");
            if (from is { } f && to is { } t && t <= f)
            {
                check.Error("$.period.to", $"the period ends ({t:yyyy-MM-dd}) on or before it starts ({f:yyyy-MM-dd}); \"to\" is the first date after it");
            }
        }

        var declarations = pack.Declarations.ToDictionary(d => d.Name, d => d.Type, StringComparer.Ordinal);
        var compiler = new ExpressionCompiler(declarations);
        var incidentCompiler = new ExpressionCompiler(declarations, IncidentStratumFilter.FactsTypes);
        var values = pack.ParameterValues;
        var strata = new List<PlanStratum>();
        var filters = new List<StratumFilter>();
        var incidentFilters = new List<IncidentStratumFilter>();
        var elements = check.Array(root, "$", "strata", required: true) ?? [];
        if (check.Problems.Count == 0 && elements.Length == 0)
        {
            check.Error("$.strata", "a plan needs at least one stratum");
        }

        for (var i = 0; i < elements.Length; i++)
        {
            var path = JsonPaths.Element("$.strata", i);
            if (ReadStratum(check, elements[i], path) is not { } stratum)
            {
                continue;
            }

            if (strata.Any(s => s.Id == stratum.Id))
            {
                check.Error(path + ".id", $"the stratum id \"{stratum.Id}\" is used twice");
                continue;
            }

            strata.Add(stratum);
            if (stratum.Population == StratumPopulation.Incident)
            {
                // Incident strata read the incident facts (Incident, AsOf, IsCrimeIndicative, Disclosures, Links), not a record's.
                var incidentWhere = Compile<IncidentStratumFacts, bool>(check, incidentCompiler, values, stratum.Where, path + ".where", typeof(bool));
                var incidentDate = stratum.DateField is { } incidentDateField ? CompileDate<IncidentStratumFacts>(check, incidentCompiler, values, incidentDateField, path + ".dateField") : null;
                if (incidentWhere is not null)
                {
                    incidentFilters.Add(new IncidentStratumFilter(stratum, incidentWhere, incidentDate));
                }

                continue;
            }

            var where = Compile<RecordFacts, bool>(check, compiler, values, stratum.Where, path + ".where", typeof(bool));
            var date = stratum.DateField is { } dateField ? CompileDate<RecordFacts>(check, compiler, values, dateField, path + ".dateField") : null;
            if (where is not null)
            {
                filters.Add(new StratumFilter(stratum, where, date));
            }
        }

        var combine = ReadCombine(check, root, strata);
        if (check.Problems.Count > 0)
        {
            throw new SamplingException(check.Problems);
        }

        return new SamplingPlan(planId!, adjudicator!, seedSource, from, to, strata, combine, filters, incidentFilters);
    }

    private static PlanStratum? ReadStratum(JsonChecker check, JsonElement element, string path)
    {
        if (!check.Object(element, path, StratumKeys))
        {
            return null;
        }

        var before = check.Problems.Count;
        var id = check.String(element, path, "id", required: true);
        if (id is not null && !IdPattern().IsMatch(id))
        {
            check.Error(path + ".id", $"\"{id}\" is not an id (letters, digits, '.', '_', '-')");
        }

        var population = check.String(element, path, "population", required: true) switch
        {
            null => (StratumPopulation?)null,
            "record" => StratumPopulation.Record,
            "incident" => StratumPopulation.Incident,
            var other => Bad<StratumPopulation>(check, path + ".population", $"\"{other}\" is not a population (record, incident)"),
        };
        var decision = check.String(element, path, "decision", required: true) switch
        {
            null => (SampledDecision?)null,
            "cancellation" => SampledDecision.Cancellation,
            "recording" => SampledDecision.Recording,
            "n100" => SampledDecision.N100,
            "outcome" => SampledDecision.Outcome,
            "incident" => SampledDecision.Incident,
            var other => Bad<SampledDecision>(check, path + ".decision", $"\"{other}\" is not a decision (cancellation, recording, n100, outcome, incident)"),
        };
        if (population is { } p && decision is { } d && (p == StratumPopulation.Incident) != (d == SampledDecision.Incident))
        {
            check.Error(path + ".decision", p == StratumPopulation.Incident
                ? "an incident stratum judges the decision \"incident\""
                : "the decision \"incident\" belongs to an incident stratum (population \"incident\")");
        }

        var where = check.String(element, path, "where", required: true);
        var dateField = check.String(element, path, "dateField");
        var n = check.Integer(element, path, "n");
        var expectedRate = check.Number(element, path, "expectedRate");
        var margin = check.Number(element, path, "margin");
        var crimes = check.Number(element, path, "crimesPerIncident");
        var designEffect = check.Number(element, path, "designEffect");
        if (n is not null && (expectedRate is not null || margin is not null))
        {
            check.Error(path + ".n", "give either \"n\" or \"expectedRate\" with \"margin\", not both");
        }
        else if (n is null && (expectedRate is null || margin is null) && check.Problems.Count == before)
        {
            check.Error(path, "a stratum needs \"n\", or \"expectedRate\" and \"margin\"");
        }

        if (expectedRate is { } rate && rate is < 0 or > 1)
        {
            check.Error(path + ".expectedRate", $"must lie in [0, 1], found {rate}");
        }

        if (margin is { } e && e is <= 0 or > 0.5)
        {
            check.Error(path + ".margin", $"must lie in (0, 0.5], found {e}");
        }

        if (crimes is { } c && c <= 0)
        {
            check.Error(path + ".crimesPerIncident", $"must be positive, found {c}");
        }

        if (designEffect is { } de && de <= 0)
        {
            check.Error(path + ".designEffect", $"must be positive, found {de}");
        }

        if (population == StratumPopulation.Incident && n is null && crimes is null && expectedRate is not null)
        {
            check.Error(path + ".crimesPerIncident", "an incident stratum sized by \"expectedRate\" needs \"crimesPerIncident\"");
        }

        if (population == StratumPopulation.Record && (crimes is not null || designEffect is not null))
        {
            check.Error(path + (crimes is not null ? ".crimesPerIncident" : ".designEffect"), "only incident strata take \"crimesPerIncident\" and \"designEffect\"");
        }

        if (check.Problems.Count > before)
        {
            return null;
        }

        return new PlanStratum(id!, population!.Value, decision!.Value, where!, dateField, n, expectedRate, margin, crimes, designEffect);
    }

    private static List<PlanGroup> ReadCombine(JsonChecker check, JsonElement root, List<PlanStratum> strata)
    {
        var groups = new List<PlanGroup>();
        if (check.Array(root, "$", "combine") is not { } elements)
        {
            // By default one group per decision, in the order the decisions first appear.
            foreach (var decision in strata.Select(s => s.Decision).Distinct())
            {
                groups.Add(new PlanGroup(decision.ToString().ToLowerInvariant(), [.. strata.Where(s => s.Decision == decision).Select(s => s.Id)]));
            }

            return groups;
        }

        for (var i = 0; i < elements.Length; i++)
        {
            var path = JsonPaths.Element("$.combine", i);
            if (!check.Object(elements[i], path, GroupKeys))
            {
                continue;
            }

            var id = check.String(elements[i], path, "id", required: true);
            var members = check.Strings(elements[i], path, "strata", required: true);
            if (id is null || members is null)
            {
                continue;
            }

            if (groups.Any(g => g.Id == id))
            {
                check.Error(path + ".id", $"the group id \"{id}\" is used twice");
            }

            if (members.Length == 0)
            {
                check.Error(path + ".strata", "a group needs at least one stratum");
            }

            for (var j = 0; j < members.Length; j++)
            {
                var member = strata.FirstOrDefault(s => s.Id == members[j]);
                if (member is null)
                {
                    check.Error($"{path}.strata[{j}]", $"the plan has no stratum \"{members[j]}\"");
                }
                else if (members.Take(j).Contains(members[j], StringComparer.Ordinal))
                {
                    check.Error($"{path}.strata[{j}]", $"\"{members[j]}\" is listed twice");
                }
                else if (member.Population != strata.First(s => s.Id == members[0]).Population)
                {
                    check.Error($"{path}.strata[{j}]", "a group cannot mix record and incident strata");
                }
            }

            groups.Add(new PlanGroup(id, members));
        }

        return groups;
    }

    private static Func<TFacts, TResult>? Compile<TFacts, TResult>(JsonChecker check, ExpressionCompiler compiler, IReadOnlyDictionary<string, object?> values, string text, string path, Type type)
    {
        try
        {
            var parsed = compiler.Parse(text, type);
            return DelegateCompiler.Compile(ParameterBinder.Bind<TFacts, TResult>(parsed, values, Expression.Parameter(typeof(TFacts), ParameterBinder.FactsName)));
        }
        catch (ExpressionError e)
        {
            check.Error(path, e.Position is { } at ? $"at character {at}: {e.Message}" : e.Message);
            return null;
        }
    }

    private static Func<TFacts, DateTimeOffset?>? CompileDate<TFacts>(JsonChecker check, ExpressionCompiler compiler, IReadOnlyDictionary<string, object?> values, string text, string path)
    {
        try
        {
            var parsed = compiler.Parse(text, typeof(object));
            var body = parsed.Body is UnaryExpression { NodeType: ExpressionType.Convert } convert ? convert.Operand : parsed.Body;
            if (body.Type != typeof(DateTimeOffset) && body.Type != typeof(DateTimeOffset?))
            {
                check.Error(path, $"\"dateField\" must give a timestamp; this expression gives {body.Type.Name}");
                return null;
            }

            var compiled = DelegateCompiler.Compile(ParameterBinder.Bind<TFacts, object>(parsed, values, Expression.Parameter(typeof(TFacts), ParameterBinder.FactsName)));
            return facts => compiled(facts) as DateTimeOffset?;
        }
        catch (ExpressionError e)
        {
            check.Error(path, e.Position is { } at ? $"at character {at}: {e.Message}" : e.Message);
            return null;
        }
    }

    private static T? Bad<T>(JsonChecker check, string path, string message)
        where T : struct
    {
        check.Error(path, message);
        return null;
    }

    [GeneratedRegex("^[A-Za-z0-9][A-Za-z0-9._-]{0,99}$")]
    private static partial Regex IdPattern();
}
