using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace AspNetHost.Tests;

public sealed class CancellationTests(WebApplicationFactory<Program> factory) : IClassFixture<WebApplicationFactory<Program>>
{
    private static readonly DateTimeOffset Reported = new(2008, 11, 4, 22, 41, 0, TimeSpan.Zero);

    [Fact]
    public async Task A_rape_cancelled_on_a_retraction_alone_is_refused_with_problem_details_listing_the_findings()
    {
        var crime = Crime("CR-1", "RAPE", "19C");
        crime.Evidence.Add(new CrimeEvidence("AVI-1", "VICTIM_RETRACTION", Reported.AddDays(8), "OFF-2"));
        factory.Services.GetRequiredService<CrimeStore>().Save(crime);
        var client = factory.CreateClient();

        using var response = await client.PutAsJsonAsync("/crimes/CR-1/cancellation", new CrimeCancellation("C2", "OFF-2", Reported.AddDays(8), "OFF-9", Reported.AddDays(8).AddHours(2), ["AVI-1"]));

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType!.MediaType);
        var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
        Assert.Equal(422, problem.GetProperty("status").GetInt32());
        var findings = problem.GetProperty("findings").EnumerateArray().Select(f => (f.GetProperty("ruleId").GetString(), f.GetProperty("severity").GetString())).ToArray();
        // A C2 cancellation of a rape resting only on the victim's retraction: the catalog's CANCEL-003 (Critical).
        Assert.Contains(("CANCEL-003", "Critical"), findings);
        Assert.Null(factory.Services.GetRequiredService<CrimeStore>().Find("CR-1")!.Cancellation);
    }

    [Fact]
    public async Task A_crime_that_does_not_exist_answers_404()
    {
        using var response = await factory.CreateClient().PutAsJsonAsync("/crimes/NOPE/cancellation", new CrimeCancellation("C3", "OFF-2", Reported, "OFF-9", Reported, []));

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    private static Crime Crime(string reference, string allegation, string offenceCode) => new()
    {
        Reference = reference,
        UnitCode = "UNIT-A",
        Allegation = allegation,
        OffenceCode = offenceCode,
        ReportedAt = Reported,
        RecordedAt = Reported.AddHours(20),
        RecordedBy = "OFF-1",
    };
}
