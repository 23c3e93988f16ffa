using System.Globalization;
using Compliance.LoadDriver;

// compliance-load --url http://127.0.0.1:5080 --records samples/sapphire-2009.jsonl --rate 1000 --duration 60 [--warmup 5] [--as-of ts] [--connections 64]
var options = LoadOptions.Parse(args);
var bodies = RequestBodies.Load(options.RecordsPath, options.AsOf);
using var driver = new OpenModelDriver(options.Url, bodies, options.Connections);

await driver.OpenConnectionsAsync(options.Url, options.Connections);
if (options.WarmupSeconds > 0)
{
    await driver.RunAsync(options.Rate, TimeSpan.FromSeconds(options.WarmupSeconds));
}

var result = await driver.RunAsync(options.Rate, TimeSpan.FromSeconds(options.DurationSeconds), Environment.GetEnvironmentVariable("LOAD_SAMPLES"));
Console.WriteLine(result.ToString(CultureInfo.InvariantCulture));
return 0;
