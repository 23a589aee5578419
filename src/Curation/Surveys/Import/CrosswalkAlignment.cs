using ValueAtlas.Core.Config;
using ValueAtlas.Curation.Surveys.Crosswalks;

namespace ValueAtlas.Curation.Surveys.Import;

/// <summary>
/// Puts imported counts into a harmonized source's options (KoValPlus into the WVS-7 crosswalk), so a question id such
/// as <c>wvs7:Q241</c> means the same options, order, ordinality and positions in both tables: KoValPlus lists Q241's
/// codes from 1 where the crosswalk has 0 "against democracy" as its first option, and Q254's code 5 is an option
/// there but a missing code in the crosswalk. Wording comes from the crosswalk too (it is reviewed there: KoValPlus
/// words Q256, Q257 and Q259 wrongly), so only the counts come from the import. Counts of a code the crosswalk treats as missing must be 0 (the
/// distributions of an import hold options only); anything else is refused, never dropped.
/// </summary>
public static class CrosswalkAlignment
{
    /// <exception cref="ConfigException">An imported question or code has no place in the crosswalk.</exception>
    public static ImportedSet Align(ImportedSet set, Crosswalk crosswalk)
    {
        var byVariable = crosswalk.Questions.ToDictionary(q => q.SourceVariable, StringComparer.Ordinal);
        var problems = new List<string>();
        var questions = new List<ImportedQuestion>();
        var moves = new Dictionary<string, int?[]>(StringComparer.Ordinal);
        foreach (var question in set.Questions)
        {
            if (!byVariable.TryGetValue(question.Variable, out var target))
            {
                problems.Add($"{question.Id}: {question.Variable} is not a question of the {crosswalk.Source} crosswalk");
                continue;
            }

            var optionOf = new Dictionary<string, int>(StringComparer.Ordinal);
            for (var i = 0; i < target.Options.Count; i++)
            {
                foreach (var code in target.Options[i].Codes)
                {
                    optionOf[SourceCode.Normalize(code)] = i;
                }
            }

            moves[question.Id] = [.. question.Options.Select(o => optionOf.TryGetValue(SourceCode.Normalize(o.Code), out var i) ? i : (int?)null)];
            questions.Add(question with
            {
                Id = crosswalk.QuestionId(target),
                TextEn = target.Text.En,
                TextKo = target.Text.Ko,
                TextKoOrigin = target.Text.KoOrigin,
                Ordinal = target.Ordinal ?? false,
                Options = [.. target.Options.Select(o => new ImportedOption(string.Join('|', o.Codes.Select(SourceCode.Normalize)), o.En, o.Ko, o.Position))],
            });
        }

        var imported = set.Questions.ToDictionary(q => q.Id, StringComparer.Ordinal);
        var answers = new List<ImportedAnswers>();
        foreach (var answer in set.Answers)
        {
            if (!moves.TryGetValue(answer.QuestionId, out var move))
            {
                continue;
            }

            var source = imported[answer.QuestionId];
            var cells = new List<ImportedCell>();
            foreach (var cell in answer.Cells)
            {
                if (move[cell.OptionIndex] is { } index)
                {
                    cells.Add(cell with { OptionIndex = index });
                }
                else if (cell.Count is not 0 || cell.Share is > 0)
                {
                    problems.Add($"{answer.Where}: code {source.Options[cell.OptionIndex].Code} has answers but is no option of the {crosswalk.Source} crosswalk");
                }
            }

            var target = byVariable[source.Variable];
            // Options the import does not list (Q241's 0) were chosen by nobody in its counts.
            var present = cells.Select(c => c.OptionIndex).ToHashSet();
            cells.AddRange(Enumerable.Range(0, target.Options.Count).Where(i => !present.Contains(i))
                .Select(i => new ImportedCell(i, answer.Cells.All(c => c.Count is not null) ? 0 : null, answer.Cells.All(c => c.Count is not null) ? null : 0)));
            answers.Add(answer with { QuestionId = crosswalk.QuestionId(target), Cells = [.. cells.OrderBy(c => c.OptionIndex)] });
        }

        if (problems.Count > 0)
        {
            throw new ConfigException($"{set.File}: does not fit the {crosswalk.Source} crosswalk:\n  " + string.Join("\n  ", problems));
        }

        return set with { Questions = questions, Answers = answers };
    }
}
