using System.CommandLine;
using Compliance.Rules.Records;

namespace Compliance.Cli.Commands;

/// <summary><c>compliance schema</c>: prints the JSON Schema of the record model.</summary>
internal static class SchemaCommand
{
    public static Command Create()
    {
        var command = new Command("schema", """
            Print the JSON Schema of the crime-record model (schema version 1.1; version 1.0 records are read too).

            Example:
              compliance schema > crime-record.schema.json
            """);
        command.SetAction(parse =>
        {
            parse.InvocationConfiguration.Output.WriteLine(RecordSchema.ToJsonString());
            return ExitCodes.Success;
        });
        return command;
    }
}
