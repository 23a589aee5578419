namespace ValueAtlas.Curation.Surveys.Crosswalks;

/// <summary>The rules of one question: wording, options and their recode map.</summary>
public static partial class CrosswalkValidator
{
    private static void Question(CrosswalkQuestion question, string path, HashSet<string> sourceMissing, List<(string, string)> problems)
    {
        if (string.IsNullOrWhiteSpace(question.Id))
        {
            problems.Add(($"{path}.id", "is missing: the question's id within this source, e.g. Q27"));
        }
        else if (question.Id.Any(c => char.IsWhiteSpace(c) || c == ':'))
        {
            problems.Add(($"{path}.id", $"'{question.Id}' must not contain spaces or ':'"));
        }

        Text(question.Text ?? new CrosswalkText(), $"{path}.text", problems);
        if (question.Ordinal is null)
        {
            problems.Add(($"{path}.ordinal", "is missing: true when the options are ordered on a scale, false otherwise"));
        }

        var options = question.Options ?? [];
        if (options.Count < 2)
        {
            problems.Add(($"{path}.options", "list at least two options, in order, each with codes and en"));
        }

        var questionMissing = MissingList(question.Missing, $"{path}.missing", problems);
        var owner = new Dictionary<string, string>(StringComparer.Ordinal);
        var positions = new Dictionary<double, int>();
        for (var i = 0; i < options.Count; i++)
        {
            var at = $"{path}.options[{i}]";
            var option = options[i];
            if (option is null)
            {
                problems.Add((at, "is empty: an option needs codes and en"));
                continue;
            }

            if ((option.Codes ?? []).Count == 0)
            {
                problems.Add(($"{at}.codes", "list the source codes this option takes, e.g. [1] (several collapse into this option)"));
            }

            foreach (var code in option.Codes ?? [])
            {
                var normalized = SourceCode.Normalize(code ?? "");
                if (normalized.Length == 0)
                {
                    problems.Add(($"{at}.codes", "holds an empty code"));
                }
                else if (!owner.TryAdd(normalized, at))
                {
                    problems.Add(($"{at}.codes", $"code {code} already belongs to {owner[normalized]}"));
                }
                else if (questionMissing.Contains(normalized) || sourceMissing.Contains(normalized))
                {
                    problems.Add(($"{at}.codes", $"code {code} is also a missing code; a code is an option or missing, not both"));
                }
            }

            if (string.IsNullOrWhiteSpace(option.En))
            {
                problems.Add(($"{at}.en", "is missing: the option's English text"));
            }

            if (question.Ordinal == true && option.Position is null)
            {
                problems.Add(($"{at}.position", "is missing: an ordinal question's options need their positions on the scale"));
            }
            else if (option.Position is { } position && !positions.TryAdd(position, i))
            {
                problems.Add(($"{at}.position", $"position {position} is already that of options[{positions[position]}]"));
            }
        }

        for (var i = 0; i < (question.Drop ?? []).Count; i++)
        {
            var normalized = SourceCode.Normalize(question.Drop![i] ?? "");
            if (owner.TryGetValue(normalized, out var option))
            {
                problems.Add(($"{path}.drop[{i}]", $"code {question.Drop[i]} belongs to {option}; drop only codes no option takes"));
            }
        }
    }

    private static void Text(CrosswalkText text, string path, List<(string, string)> problems)
    {
        if (string.IsNullOrWhiteSpace(text.En))
        {
            problems.Add(($"{path}.en", "is missing: the question's English wording"));
        }

        if (!string.IsNullOrWhiteSpace(text.Ko) && !KoreanOrigins.All.Contains(text.KoOrigin ?? ""))
        {
            problems.Add(($"{path}.ko_origin", $"say where the Korean wording comes from: {string.Join(", ", KoreanOrigins.All)}"));
        }
        else if (string.IsNullOrWhiteSpace(text.Ko) && text.KoOrigin is not null)
        {
            problems.Add(($"{path}.ko_origin", "is given but text.ko is not"));
        }
    }
}
