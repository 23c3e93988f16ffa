using System.CommandLine;
using Compliance.Rules.Incidents;
using Compliance.Rules.Records;

namespace Compliance.Cli.Commands;

/// <summary><c>compliance schema [--incident]</c>: prints the JSON Schema of the record model, or of the incident-log model.</summary>
internal static class SchemaCommand
{
    public static Command Create()
    {
        var incident = new Option<bool>("--incident") { Description = "The schema of the incident-log model (incident-1.0) instead, as read by audit --incidents." };
        var command = new Command("schema", """
            Print the JSON Schema of the crime-record model (schema version 1.1; version 1.0 records are read too), or with --incident of the incident-log model (incident-1.0).

            Example:
              compliance schema > crime-record.schema.json
              compliance schema --incident > incident.schema.json
            """)
        {
            incident,
        };
        command.SetAction(parse =>
        {
            parse.InvocationConfiguration.Output.WriteLine(parse.GetValue(incident) ? IncidentSchema.ToJsonString() : RecordSchema.ToJsonString());
            return ExitCodes.Success;
        });
        return command;
    }
}
