namespace Compliance.Rules.Sampling;

/// <summary>
/// Inter-reviewer agreement on a yes/no judgement. With the same two reviewers on every item it is
/// Conger's κ (for two raters, Cohen's: chance from each reviewer's own marginals); otherwise
/// Fleiss' κ with the pooled marginals, generalised to a varying number of ratings per item.
/// </summary>
public static class Agreement
{
    /// <summary>Fewest items for which κ is reported: below this a single disagreement swings it by 0.2 or more.</summary>
    public const int MinimumItems = 10;

    /// <summary>Computes agreement.</summary>
    /// <param name="items">Per item, each reviewer's rating (reviewer id, judgement); items with fewer than two reviewers are ignored.</param>
    /// <returns>The agreement; null when no item has two reviewers.</returns>
    public static AgreementResult? Compute(IReadOnlyList<IReadOnlyList<(string Reviewer, bool Rating)>> items)
    {
        ArgumentNullException.ThrowIfNull(items);
        var rated = items.Where(i => i.Select(r => r.Reviewer).Distinct(StringComparer.Ordinal).Count() >= 2).ToArray();
        if (rated.Length == 0)
        {
            return null;
        }

        var reviewers = rated.SelectMany(i => i.Select(r => r.Reviewer)).Distinct(StringComparer.Ordinal).OrderBy(r => r, StringComparer.Ordinal).ToArray();
        var twoOnEvery = reviewers.Length == 2 && rated.All(i => i.Count == 2);
        double observed, chance;
        string method;
        if (twoOnEvery)
        {
            method = "conger";
            observed = rated.Count(i => i[0].Rating == i[1].Rating) / (double)rated.Length;
            var a = rated.Count(i => i.First(r => r.Reviewer == reviewers[0]).Rating) / (double)rated.Length;
            var b = rated.Count(i => i.First(r => r.Reviewer == reviewers[1]).Rating) / (double)rated.Length;
            chance = (a * b) + ((1 - a) * (1 - b));
        }
        else
        {
            method = "fleiss";
            double agreeing = 0, yes = 0, all = 0;
            foreach (var item in rated)
            {
                double m = item.Count, k = item.Count(r => r.Rating);
                agreeing += ((k * (k - 1)) + ((m - k) * (m - k - 1))) / (m * (m - 1));
                yes += k;
                all += m;
            }

            observed = agreeing / rated.Length;
            var p = yes / all;
            chance = (p * p) + ((1 - p) * (1 - p));
        }

        if (rated.Length < MinimumItems)
        {
            return new AgreementResult(rated.Length, reviewers.Length, observed, chance, null, method, EstimateCodes.TooFewItems);
        }

        if (chance >= 1)
        {
            return new AgreementResult(rated.Length, reviewers.Length, observed, chance, null, method, EstimateCodes.ChanceAgreementIsOne);
        }

        return new AgreementResult(rated.Length, reviewers.Length, observed, chance, (observed - chance) / (1 - chance), method, null);
    }
}
