using Compliance.Rules.Packs;
using Microsoft.Extensions.Options;

namespace Compliance.Rules.Hosting;

/// <summary>
/// Loads the pack and policy the options name and fails with the pack's own problems (file, line,
/// JSON path, rule id), one failure per problem, so a host that cannot run the rules stops at start
/// with a list someone can act on.
/// </summary>
internal sealed class ComplianceRulesOptionsValidator : IValidateOptions<ComplianceRulesOptions>
{
    public ValidateOptionsResult Validate(string? name, ComplianceRulesOptions options)
    {
        if (!Enum.IsDefined(options.BlockAt))
        {
            return ValidateOptionsResult.Fail($"{ComplianceRulesOptions.SectionName}:BlockAt must be Low, Medium, High or Critical");
        }

        if (options.ReloadDelay < TimeSpan.Zero)
        {
            return ValidateOptionsResult.Fail($"{ComplianceRulesOptions.SectionName}:ReloadDelay must not be negative");
        }

        try
        {
            EngineLoader.LoadPack(options);
            return ValidateOptionsResult.Success;
        }
        catch (RulePackException e)
        {
            return ValidateOptionsResult.Fail(e.Errors.Select(error => error.ToString()));
        }
    }
}
