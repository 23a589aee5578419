using ValueAtlas.Core.Domain;

namespace ValueAtlas.Curation.Review.Units;

/// <summary>
/// Turns items.jsonl rows into review units: one per topic, per original question (with its
/// options), per paraphrase group (judged against the original) and per translated question
/// (beside its source). Unit ids come from the queue and the members, so building the same rows
/// again gives the same units.
/// </summary>
public static class UnitBuilder
{
    public static IReadOnlyList<ReviewUnit> Build(string queue, IReadOnlyList<Question> items, IReadOnlySet<UnitKind> kinds)
    {
        var byId = items.GroupBy(i => i.Id).ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);
        var units = new List<ReviewUnit>();
        if (kinds.Contains(UnitKind.Topic))
        {
            units.AddRange(items.GroupBy(i => i.TopicId).Select(g => Topic(queue, [.. g])));
        }

        if (kinds.Contains(UnitKind.Question))
        {
            units.AddRange(items.Where(i => !i.IsParaphrase && i.SourceLanguage is null).DistinctBy(i => i.Id).Select(i => QuestionUnit(queue, i)));
        }

        if (kinds.Contains(UnitKind.Paraphrases))
        {
            units.AddRange(items.Where(i => i.IsParaphrase && i.OriginalId is not null).GroupBy(i => i.OriginalId!)
                .Select(g => Paraphrases(queue, g.Key, [.. g.DistinctBy(i => i.Id)], byId.GetValueOrDefault(g.Key))));
        }

        if (kinds.Contains(UnitKind.Translation))
        {
            units.AddRange(items.Where(i => !i.IsParaphrase && i.SourceLanguage is not null).DistinctBy(i => i.Id)
                .Select(i => Translation(queue, i, i.OriginalId is null ? null : byId.GetValueOrDefault(i.OriginalId))));
        }

        return units;
    }

    private static ReviewUnit Topic(string queue, IReadOnlyList<Question> rows)
    {
        var first = rows[0];
        UnitField field = new()
        {
            Key = "topic",
            Text = first.TopicName,
            TextEn = English(first.Language, first.TopicNameEn),
            Language = first.Language.Code,
        };
        return Unit(queue, UnitKind.Topic, first, [first.TopicId], [field], [.. rows.Select(r => r.Id).Distinct().Order(StringComparer.Ordinal)]);
    }

    private static ReviewUnit QuestionUnit(string queue, Question row) =>
        Unit(queue, UnitKind.Question, row, [row.Id], [QuestionField("question", row, editable: true), .. Options(row)], [row.Id]);

    private static ReviewUnit Paraphrases(string queue, string originalId, IReadOnlyList<Question> rows, Question? original)
    {
        var fields = new List<UnitField>();
        if (original is not null)
        {
            fields.Add(QuestionField("original", original, editable: false));
        }

        fields.AddRange(rows.Select(p => new UnitField { Key = "paraphrase:" + p.Id, Text = p.Text, Language = p.Language.Code, ItemId = p.Id }));
        return Unit(queue, UnitKind.Paraphrases, rows[0], [originalId], fields, [.. rows.Select(r => r.Id)]);
    }

    private static ReviewUnit Translation(string queue, Question row, Question? source)
    {
        var fields = new List<UnitField>();
        if (source is not null)
        {
            fields.Add(new UnitField { Key = "source", Text = source.Text, TextEn = English(source.Language, source.TextEn), Language = source.Language.Code, Editable = false, ItemId = source.Id });
        }
        else if (row.TextEn is not null && row.Language != Language.English)
        {
            fields.Add(new UnitField { Key = "source", Text = row.TextEn, Language = Language.English.Code, Editable = false });
        }

        fields.Add(new UnitField { Key = "target", Text = row.Text, Language = row.Language.Code, ItemId = row.Id });
        fields.AddRange(Options(row));
        return Unit(queue, UnitKind.Translation, row, [row.Id], fields, [row.Id]);
    }

    private static UnitField QuestionField(string key, Question row, bool editable) => new()
    {
        Key = key,
        Text = row.Text,
        TextEn = English(row.Language, row.TextEn),
        Language = row.Language.Code,
        Editable = editable,
        ItemId = row.Id,
    };

    private static IEnumerable<UnitField> Options(Question row) =>
        row.Options.Select((o, i) => new UnitField
        {
            Key = $"option:{i + 1}",
            Text = o.Text,
            Stance = o.Stance,
            Language = row.Language.Code,
            ItemId = row.Id,
        });

    /// <summary>English beside English says nothing; only a different language gets its English shown.</summary>
    private static string? English(Language language, string? english) =>
        language.Code.StartsWith("en", StringComparison.Ordinal) ? null : english;

    private static ReviewUnit Unit(
        string queue, UnitKind kind, Question first, IReadOnlyList<string> members, IReadOnlyList<UnitField> fields, IReadOnlyList<string> itemIds) => new()
    {
        Id = ContentId.ForReviewUnit(queue, UnitKinds.Name(kind), members),
        Queue = queue,
        Kind = kind,
        Language = first.Language.Code,
        Country = first.Country,
        TopicId = first.TopicId,
        TopicName = first.TopicName,
        Controversial = first.Controversial,
        Fields = fields,
        ItemIds = itemIds,
    };
}
