using System.CommandLine;
using Compliance.Rules.Packs;
using Compliance.Rules.Records;
using Spectre.Console;

namespace Compliance.Cli.Commands;

/// <summary><c>compliance rules list | show | validate</c>: the rules of the active pack.</summary>
internal static class RulesCommand
{
    public static Command Create()
    {
        var command = new Command("rules", """
            List, show, validate, test and document rule packs and policies.

            Example:
              compliance rules show CANCEL-003
            """);
        command.Subcommands.Add(CreateList());
        command.Subcommands.Add(CreateShow());
        command.Subcommands.Add(CreateValidate());
        command.Subcommands.Add(CreateSchema());
        command.Subcommands.Add(RulesDocsCommand.Create());
        command.Subcommands.Add(RulesTestCommand.Create());
        return command;
    }

    private static Command CreateList()
    {
        var rulesOption = CommonOptions.Rules();
        var format = TextOrJson();
        var command = new Command("list", """
            List the rules of the active pack: id, scope, severity, title, citation.

            Example:
              compliance rules list --rules my-force-policy.json --format json
            """)
        {
            rulesOption, format,
        };
        command.SetAction(parse =>
        {
            var console = Consoles.Out(parse);
            if (!PackOption.TryLoad(parse.GetValue(rulesOption), Consoles.Error(parse), out var pack))
            {
                return ExitCodes.UsageOrInputError;
            }

            if (parse.GetValue(format) == "json")
            {
                parse.InvocationConfiguration.Output.Write(RuleJson.List(pack));
                return ExitCodes.Success;
            }

            console.MarkupLine($"[bold]{Markup.Escape(pack.Id)}[/] {Markup.Escape(pack.Version)}{(pack.PolicySource is null ? string.Empty : $" + policy {Markup.Escape(pack.PolicySource)}")} ({pack.Rules.Count} rules)");
            var table = new Table().Border(TableBorder.Simple)
                .AddColumn("Id").AddColumn("Scope").AddColumn("Severity").AddColumn("Title").AddColumn("Citation");
            foreach (var rule in pack.Rules)
            {
                var severity = rule.Escalations.Count == 0
                    ? rule.Severity.ToString()
                    : $"{rule.Severity} (up to {rule.Escalations.Max(e => e.Severity)})";
                table.AddRow(
                    Markup.Escape(rule.Id + (rule.Enabled ? string.Empty : " (disabled)")),
                    rule.Scope.ToString().ToLowerInvariant(),
                    Markup.Escape(severity),
                    Markup.Escape(rule.Title),
                    Markup.Escape(rule.Citation));
            }

            console.Write(table);
            return ExitCodes.Success;
        });
        return command;
    }

    private static Command CreateShow()
    {
        var rulesOption = CommonOptions.Rules();
        var idArgument = new Argument<string>("id") { Description = "The rule id, e.g. CANCEL-003." };
        var format = TextOrJson();
        var timelines = new Option<bool>("--timelines") { Description = "Add the effective timeline entries the rule is judged by (after the policy)." };
        var command = new Command("show", """
            Show one rule: severity, citation, description, its requirements and condition, and the parameters they use with their values.

            Example:
              compliance rules show CANCEL-003 --rules my-force-policy.json --format json --timelines
            """)
        {
            idArgument, rulesOption, format, timelines,
        };
        command.SetAction(parse =>
        {
            var console = Consoles.Out(parse);
            if (!PackOption.TryLoad(parse.GetValue(rulesOption), Consoles.Error(parse), out var pack))
            {
                return ExitCodes.UsageOrInputError;
            }

            var id = parse.GetValue(idArgument)!;
            var rule = pack.FindRule(id);
            if (rule is null)
            {
                Consoles.Error(parse).MarkupLine($"[red]error:[/] the pack {Markup.Escape(pack.Id)} has no rule \"{Markup.Escape(id)}\"; `compliance rules list` lists them");
                return ExitCodes.UsageOrInputError;
            }

            if (parse.GetValue(format) == "json")
            {
                parse.InvocationConfiguration.Output.Write(RuleJson.Show(pack, rule, parse.GetValue(timelines)));
                return ExitCodes.Success;
            }

            var grid = new Grid().AddColumn(new GridColumn().NoWrap()).AddColumn();
            void Row(string name, string? value)
            {
                if (!string.IsNullOrEmpty(value))
                {
                    grid.AddRow(new Markup($"[bold]{name}[/]"), new Text(value));
                }
            }

            Row("Id", rule.Id);
            Row("Title", rule.Title);
            Row("Scope", rule.Scope.ToString().ToLowerInvariant());
            Row("Severity", rule.Severity.ToString());
            foreach (var escalation in rule.Escalations)
            {
                Row("Escalates to", $"{escalation.Severity} when {escalation.When}");
            }

            Row("Enabled", rule.Enabled ? "yes" : "no");
            Row("Citation", rule.Citation);
            Row("Description", rule.Description);
            foreach (var requirement in rule.Requirements)
            {
                Row("Requires", $"{requirement.Name}: {requirement.When}");
            }

            Row("Applies when", rule.Requirements.Count > 1 ? null : rule.AppliesWhen);
            Row("Condition", rule.Condition);
            Row("Evidence", string.Join(", ", rule.EvidenceNames.Select(n => rule.FreeTextEvidence.Contains(n) ? $"{n} (free text: only with --include-text)" : n)));
            Row("Message", rule.Message);
            foreach (var parameter in RuleJson.ParametersOf(pack, rule))
            {
                Row("Parameter", $"{parameter.Name} = {ValueText.Format(parameter.Value)}{(parameter.IsOverridden ? " (policy)" : string.Empty)}");
            }

            if (parse.GetValue(timelines))
            {
                foreach (var timeline in rule.Timelines)
                {
                    foreach (var entry in TimelineEntries.Of(pack.Timelines, timeline))
                    {
                        Row(timeline, string.Join("; ", entry.Select(f => $"{f.Key} {ValueText.Format(f.Value)}")));
                    }
                }
            }

            console.Write(grid);
            return ExitCodes.Success;
        });
        return command;
    }

    private static Command CreateValidate()
    {
        var fileArgument = new Argument<FileInfo>("file") { Description = "A rule pack or policy file (JSON)." };
        var format = TextOrJson();
        var command = new Command("validate", """
            Check a rule pack or policy file and print every problem with its location (exit 2 when there is one).

            Example:
              compliance rules validate my-force-policy.json --format json
            """)
        {
            fileArgument, format,
        };
        command.SetAction(parse =>
        {
            var file = parse.GetValue(fileArgument)!;
            var console = Consoles.Out(parse);
            if (parse.GetValue(format) == "json")
            {
                var problems = Problems(file);
                parse.InvocationConfiguration.Output.Write(RuleJson.Validation(problems));
                return problems.Count == 0 ? ExitCodes.Success : ExitCodes.UsageOrInputError;
            }

            if (!PackOption.TryLoad(file.FullName, Consoles.Error(parse), out var pack, file.Name))
            {
                return ExitCodes.UsageOrInputError;
            }

            var kind = pack.PolicySource is null ? "rule pack" : $"policy over {pack.Id} {pack.Version}";
            var recordRules = pack.Rules.Count(r => r.Scope == RuleScope.Record);
            var incidentRules = pack.Rules.Count(r => r.Scope == RuleScope.Incident);
            var scopes = incidentRules == 0
                ? $"{recordRules} record, {pack.Rules.Count - recordRules} unit"
                : $"{recordRules} record, {incidentRules} incident, {pack.Rules.Count - recordRules - incidentRules} unit";
            console.MarkupLine($"[green]valid[/] {kind}: {Markup.Escape(file.Name)} — {pack.Rules.Count} rules ({scopes}), {pack.Rules.Count(r => !r.Enabled)} disabled, {pack.Parameters.Count} parameters, sha256 {pack.Sha256}");
            return ExitCodes.Success;
        });
        return command;
    }

    private static Command CreateSchema()
    {
        var policyOption = new Option<bool>("--policy") { Description = "Print the schema of policy files instead of rule packs." };
        var command = new Command("schema", """
            Print the JSON Schema of rule packs (or, with --policy, of policy files), for editors and CI checks.

            Example:
              compliance rules schema --policy > rule-policy.schema.json
            """)
        {
            policyOption,
        };
        command.SetAction(parse =>
        {
            var schema = parse.GetValue(policyOption) ? RulePackSchema.GeneratePolicy() : RulePackSchema.GeneratePack();
            parse.InvocationConfiguration.Output.WriteLine(RulePackSchema.ToText(schema));
            return ExitCodes.Success;
        });
        return command;
    }

    private static Option<string> TextOrJson() => FormatOption.Create("text (default) or json.", "text", "json");

    /// <summary>Every problem of a pack or policy file: none when it loads.</summary>
    private static IReadOnlyList<PackError> Problems(FileInfo file)
    {
        try
        {
            RulePack.LoadPackOrPolicy(file.FullName);
            return [];
        }
        catch (RulePackException e)
        {
            return e.Errors;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return [new PackError(file.Name, "$", $"cannot be read: {e.Message}")];
        }
    }
}
