using AspNetHost;
using Compliance.Rules.Hosting;
using Compliance.Rules.Records;

var builder = WebApplication.CreateBuilder(args);

// Options from the "ComplianceRules" section (PolicyPath, PackPath, BlockAt); a bad pack or policy stops the start.
builder.Services.AddComplianceRules();
builder.Services.AddSingleton<CrimeStore>();
builder.Services.AddProblemDetails();
builder.Services.AddHealthChecks();

var app = builder.Build();
app.MapHealthChecks("/health");

app.MapPut("/crimes/{reference}/cancellation", (string reference, CrimeCancellation cancellation, CrimeStore store, IComplianceService rules, TimeProvider clock) =>
{
    if (store.Find(reference) is not { } crime)
    {
        return Results.Problem(statusCode: StatusCodes.Status404NotFound, title: "No such crime");
    }

    // Check the record as it would be after the change, against the record as stored.
    var current = crime.ToRecord();
    var proposed = current with { Cancellation = cancellation.ToRecord() };
    var check = rules.CheckProposal(current, proposed, clock.GetUtcNow(), Severity.High);
    if (!check.Acceptable)
    {
        // RFC 9457 problem details listing what the cancellation would break (ids and codes, no free text).
        return Results.Problem(
            statusCode: StatusCodes.Status422UnprocessableEntity,
            title: "The cancellation breaks the crime-recording rules",
            detail: $"It introduces {check.Introduced.Count(f => f.Severity >= Severity.High)} finding(s) at High or above; nothing was saved.",
            type: "https://example.police.uk/problems/recording-rules",
            extensions: new Dictionary<string, object?>
            {
                ["decisionId"] = check.DecisionId,
                ["rulePack"] = check.RulePack.Sha256,
                ["findings"] = check.Introduced.Select(f => new { f.RuleId, Severity = f.Severity.ToString(), f.Message }).ToArray(),
            });
    }

    crime.Cancellation = cancellation;
    store.Save(crime);
    return Results.NoContent();
});

app.Run();

/// <summary>The entry point, visible to the tests' WebApplicationFactory.</summary>
public partial class Program;
