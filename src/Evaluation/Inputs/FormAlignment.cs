using ValueAtlas.Core.Artifacts;
using ValueAtlas.Core.Domain;

namespace ValueAtlas.Evaluation.Inputs;

/// <summary>
/// Aligns the forms of each question across languages, as ValueConsistency's multilingual measure did (English
/// topic, English original, the order of forms within the original). Two shapes of items.jsonl meet here: generated
/// translations link to their source original through <see cref="Question.OriginalId"/> (so a family is everything
/// that leads back to one root), while the imported public data links nothing across languages and carries the English
/// original in <see cref="Question.TextEn"/> instead. The English text of a family is therefore the root's
/// <see cref="Question.TextEn"/>, or else the text of its English non-paraphrase row.
/// </summary>
public static class FormAlignment
{
    /// <summary>Every well-formed row of <paramref name="itemsPath"/>, whatever its language or country; malformed lines are evaluate's to report.</summary>
    public static async Task<IReadOnlyDictionary<string, ItemForm>> ReadAsync(string itemsPath, CancellationToken cancellationToken)
    {
        var items = new List<Question>();
        await foreach (var record in JsonlReader.ReadAsync<Question>(itemsPath, cancellationToken).ConfigureAwait(false))
        {
            if (record.Value is { } item)
            {
                items.Add(item);
            }
        }

        return Of(items);
    }

    /// <summary>The form of every item in <paramref name="items"/> (file order), by id; a repeated id keeps its first row.</summary>
    public static IReadOnlyDictionary<string, ItemForm> Of(IReadOnlyList<Question> items)
    {
        var byId = new Dictionary<string, Question>(StringComparer.Ordinal);
        foreach (var item in items)
        {
            byId.TryAdd(item.Id, item);
        }

        var englishOfRoot = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var item in byId.Values)
        {
            var root = Root(item, byId);
            if (root.TextEn is { Length: > 0 } rootEnglish)
            {
                englishOfRoot.TryAdd(root.Id, rootEnglish);
            }
            else if (!item.IsParaphrase && RunSelection.PrimaryTag(item.Language.Code) == "en")
            {
                englishOfRoot.TryAdd(root.Id, item.Text);
            }
        }

        var forms = new Dictionary<string, ItemForm>(StringComparer.Ordinal);
        var paraphrasesSeen = new Dictionary<(string Root, string Topic), int>();
        foreach (var item in items)
        {
            if (forms.ContainsKey(item.Id))
            {
                continue;
            }

            var root = Root(item, byId);
            var index = 0;
            if (item.IsParaphrase)
            {
                var key = (root.Id, item.TopicId);
                index = paraphrasesSeen.GetValueOrDefault(key) + 1;
                paraphrasesSeen[key] = index;
            }

            forms[item.Id] = new ItemForm(englishOfRoot.GetValueOrDefault(root.Id), index, item.TopicName);
        }

        return forms;
    }

    /// <summary>Follows <see cref="Question.OriginalId"/> to a row without one; a link to a missing row or a loop stops where it is.</summary>
    private static Question Root(Question item, Dictionary<string, Question> byId)
    {
        var current = item;
        for (var steps = 0; steps < 8 && current.OriginalId is { } next && byId.TryGetValue(next, out var parent) && parent.Id != current.Id; steps++)
        {
            current = parent;
        }

        return current;
    }
}
