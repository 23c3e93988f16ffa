using System.CommandLine;
using Compliance.Cli;
using Compliance.Cli.Auditing;
using Compliance.Cli.Commands;

var root = new RootCommand("Checks police crime-recording decisions against the national recording rules of England and Wales.");
root.Subcommands.Add(SchemaCommand.Create());
root.Subcommands.Add(RulesCommand.Create());
root.Subcommands.Add(GenerateCommand.Create());
root.Subcommands.Add(AuditCommand.Create());
root.Subcommands.Add(ExplainCommand.Create());
root.Subcommands.Add(BenchCommand.Create());
root.Subcommands.Add(SampleCommand.Create());
root.Subcommands.Add(EstimateCommand.Create());

Interruption.Listen();
return CommandLineRunner.Run(root, args);
