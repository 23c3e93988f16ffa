using System.CommandLine;
using Compliance.Cli;
using Compliance.Cli.Commands;

var root = new RootCommand("Checks police crime-recording decisions against the national recording rules of England and Wales.");
root.Subcommands.Add(SchemaCommand.Create());
root.Subcommands.Add(RulesCommand.Create());
root.Subcommands.Add(AuditCommand.Create());

// cli.md: a usage error exits 2 (System.CommandLine's own parse-error action returns 1).
var parse = root.Parse(args);
return parse.Invoke() is var code && parse.Errors.Count > 0 ? ExitCodes.UsageOrInputError : code;
