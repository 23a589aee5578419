using FluentValidation.Results;
using ValueAtlas.Core.Domain;
using ValueAtlas.Evaluation.Inputs;

namespace ValueAtlas.Evaluation.Config;

/// <summary>The rules of one <c>runs[i]</c> entry; failures carry its YAML path.</summary>
internal static class RunRules
{
    public static IEnumerable<ValidationFailure> Check(string at, EvaluationRun run, CountryRegistry countries)
    {
        if (!PromptKinds.All.Contains(run.Kind))
        {
            yield return new ValidationFailure($"{at}.kind", $"'{run.Kind}' is not a prompt kind; expected one of: {string.Join(", ", PromptKinds.All)}");
        }

        if (run.Input.Length == 0)
        {
            yield return new ValidationFailure($"{at}.input", PromptKinds.IsSurvey(run.Kind)
                ? "is missing: the folder holding the harmonized questions and options tables (valueatlas harmonize --out)"
                : "is missing: an items.jsonl (generated, imported, approved or released)");
        }
        else if (PromptKinds.IsSurvey(run.Kind) && !Directory.Exists(run.Input))
        {
            yield return new ValidationFailure($"{at}.input", $"{run.Input} is not a folder; a {run.Kind} run reads the harmonized questions and options tables from a folder");
        }
        else if (!PromptKinds.IsSurvey(run.Kind) && PromptKinds.All.Contains(run.Kind) && !File.Exists(run.Input))
        {
            yield return new ValidationFailure($"{at}.input", $"{run.Input} does not exist (an items.jsonl was expected)");
        }

        for (var i = 0; i < run.Languages.Count; i++)
        {
            if (!Language.TryParse(run.Languages[i], out _))
            {
                yield return new ValidationFailure($"{at}.languages[{i}]", $"'{run.Languages[i]}' is not a language code (ko, en, zh, de, ja, …)");
            }
        }

        for (var i = 0; i < run.Countries.Count; i++)
        {
            if (!countries.TryGet(run.Countries[i], out _))
            {
                yield return new ValidationFailure($"{at}.countries[{i}]", $"unknown country '{run.Countries[i]}'; {countries.DescribeClosest(run.Countries[i])}");
            }
        }

        if (run.Kind == PromptKinds.GoqaCrossNational && run.Countries.Count == 0)
        {
            yield return new ValidationFailure($"{at}.countries", "a goqa-cp run names the countries its prompt asks about, e.g. countries: [KR]");
        }

        if (run.Kind == PromptKinds.GoqaLinguistic && run.Languages.Count == 0)
        {
            yield return new ValidationFailure($"{at}.languages", "a goqa-lp run names the languages to ask in, e.g. languages: [ko]");
        }

        if (run.Persona is { } persona && !countries.TryGet(persona, out _))
        {
            yield return new ValidationFailure($"{at}.persona", $"unknown country '{persona}'; {countries.DescribeClosest(persona)}");
        }

        if (run.Orderings is < 1 or > 24)
        {
            yield return new ValidationFailure($"{at}.orderings", $"must be between 1 and 24, not {run.Orderings}");
        }

        if (run.Orderings > 1 && PromptKinds.IsSurvey(run.Kind))
        {
            yield return new ValidationFailure($"{at}.orderings", "GlobalOpinionQA prompts letter the options in source order, as the study did; leave orderings at 1");
        }

        if (run.Limit is < 1)
        {
            yield return new ValidationFailure($"{at}.limit", $"must be at least 1 when set, not {run.Limit}");
        }
    }
}
