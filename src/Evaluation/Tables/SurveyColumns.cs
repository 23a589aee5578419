namespace ValueAtlas.Evaluation.Tables;

/// <summary>Which columns a survey table uses, found once per batch.</summary>
internal sealed record SurveyColumns(string Question, IReadOnlyList<string> Weights, string? Country, bool Model, string? Kind)
{
    public static SurveyColumns Of(TableRows rows, SurveySide side, bool byRun)
    {
        var question = rows.Has("question_id") ? "question_id" : rows.Has("item_id") && side == SurveySide.Model ? "item_id" : null;
        var shares = SurveyTable.ShareColumns.Where(rows.Has).ToList();
        var weights = shares.Count > 0 ? shares : [.. SurveyTable.CountColumns.Where(rows.Has)];
        var missing = new List<string>();
        if (question is null)
        {
            missing.Add(side == SurveySide.Model ? "'question_id' (or 'item_id')" : "'question_id'");
        }

        if (!rows.Has("option_index") && !rows.Has("option_code"))
        {
            missing.Add("'option_index' or 'option_code'");
        }

        if (weights.Count == 0)
        {
            missing.Add(side == SurveySide.Model ? "'probability' (or 'share', 'n', 'count')" : "'weighted_share', 'share', 'n' or 'count'");
        }

        if (byRun && !rows.Has("run"))
        {
            missing.Add("'run' (--run names runs)");
        }

        if (missing.Count > 0)
        {
            throw new InvalidDataException(
                $"{rows.Path}: no column {string.Join("; no column ", missing)}; the file has {(rows.ColumnNames.Count == 0 ? "no columns" : string.Join(", ", rows.ColumnNames))}");
        }

        var country = side == SurveySide.Human && rows.Has("country") ? "country" : null;
        var model = side == SurveySide.Model && rows.Has("model");
        return new SurveyColumns(question!, weights, country, model, side == SurveySide.Model && rows.Has("prompt_kind") ? "prompt_kind" : null);
    }
}
