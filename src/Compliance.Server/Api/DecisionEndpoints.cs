using Compliance.Rules.Hosting;
using Compliance.Rules.Hosting.Contracts;
using Compliance.Rules.Records;

namespace Compliance.Server.Api;

/// <summary>The <c>/v1</c> endpoints: evaluate, check a proposal, explain, list and show rules.</summary>
internal static class DecisionEndpoints
{
    public static void Map(WebApplication app)
    {
        var v1 = app.MapGroup("/v1");

        v1.MapPost("/evaluate", Evaluate)
            .WithName("Evaluate")
            .WithSummary("Evaluates one record against the rules.")
            .Accepts<EvaluateRequest>("application/json")
            .Produces<RecordEvaluation>()
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity);

        v1.MapPost("/check-proposal", CheckProposal)
            .WithName("CheckProposal")
            .WithSummary("Decides whether a proposed change to a record may be saved.")
            .Accepts<CheckProposalRequest>("application/json")
            .Produces<ProposalCheck>()
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity);

        v1.MapPost("/explain", Explain)
            .WithName("Explain")
            .WithSummary("Lists every record rule's verdict on one record.")
            .Accepts<EvaluateRequest>("application/json")
            .Produces<RuleExplanation>()
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity);

        v1.MapGet("/rules", (IComplianceService rules) =>
                Results.Json(RuleCatalog.List(rules.Pack, rules.RulePack), ServerJsonContext.Default.RuleList))
            .WithName("ListRules")
            .WithSummary("Lists the rules of the pack that serves calls now.")
            .Produces<RuleList>();

        v1.MapGet("/rules/{id}", (string id, IComplianceService rules) =>
                RuleCatalog.Show(rules.Pack, rules.RulePack, id) is { } rule
                    ? Results.Json(rule, ServerJsonContext.Default.RuleDetail)
                    : Problems.Create(StatusCodes.Status404NotFound, "No such rule", $"The pack {rules.RulePack.Id} has no rule with this id; GET /v1/rules lists them."))
            .WithName("ShowRule")
            .WithSummary("Shows one rule: text, expressions and parameter values.")
            .Produces<RuleDetail>()
            .ProducesProblem(StatusCodes.Status404NotFound);
    }

    private static Task<IResult> Evaluate(HttpContext context, IComplianceService rules, TimeProvider clock) =>
        OneRecord(context, clock, (record, asOf) => Results.Json(rules.Evaluate(record, asOf), ComplianceContractsJsonContext.Default.RecordEvaluation));

    private static async Task<IResult> CheckProposal(HttpContext context, IComplianceService rules, TimeProvider clock)
    {
        var (envelope, problem) = await RequestEnvelope.ReadAsync(context, "current", "proposed", "asOf", "blockAt");
        if (envelope is null)
        {
            return problem!;
        }

        using (envelope)
        {
            if (!envelope.TryAsOf(clock.GetUtcNow(), out var asOf, out problem)
                || !envelope.TryBlockAt(out var blockAt, out problem)
                || !envelope.TryRecord("current", allowNull: true, out var current, out problem)
                || !envelope.TryRecord("proposed", allowNull: false, out var proposed, out problem))
            {
                return problem!;
            }

            var result = rules.CheckProposal(current, proposed!, asOf, blockAt);
            context.RequestAborted.ThrowIfCancellationRequested();
            return Results.Json(result, ComplianceContractsJsonContext.Default.ProposalCheck);
        }
    }

    private static Task<IResult> Explain(HttpContext context, IComplianceService rules, TimeProvider clock) =>
        OneRecord(context, clock, (record, asOf) => Results.Json(rules.Explain(record, asOf), ComplianceContractsJsonContext.Default.RuleExplanation));

    /// <summary>
    /// The calls that take one record (<c>{ "record", "asOf"? }</c>): the body checked, the record
    /// judged by <paramref name="answer"/>, and nothing written once the client has gone.
    /// </summary>
    private static async Task<IResult> OneRecord(HttpContext context, TimeProvider clock, Func<CrimeRecord, DateTimeOffset, IResult> answer)
    {
        var (envelope, problem) = await RequestEnvelope.ReadAsync(context, "record", "asOf");
        if (envelope is null)
        {
            return problem!;
        }

        using (envelope)
        {
            if (!envelope.TryAsOf(clock.GetUtcNow(), out var asOf, out problem) || !envelope.TryRecord("record", allowNull: false, out var record, out problem))
            {
                return problem!;
            }

            var result = answer(record!, asOf);
            context.RequestAborted.ThrowIfCancellationRequested();
            return result;
        }
    }
}
