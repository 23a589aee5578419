using System.Globalization;
using System.Text.Json;
using ValueAtlas.Core.Artifacts;
using ValueAtlas.Core.Domain;

namespace ValueAtlas.Generation.Import;

/// <summary>
/// Reads the public PVQ-21 files (ValueConsistency's steerability items) into the items.jsonl schema, so a Korean
/// PVQ can be made by the translation and review path like any item. Each portrait is a question about its Schwartz
/// value, the topic; the two answers ("like me", "not like me") keep their stances. Ids are content hashes, so
/// importing the same files again yields the same rows.
/// </summary>
public static class PvqImport
{
    /// <summary>
    /// ISO 3166's user-assigned "unknown region": a portrait is about no country. Nothing after import looks an item's
    /// country up in the registry, and an evaluation run that filters by country simply never selects these rows.
    /// </summary>
    public const string NoCountry = "ZZ";

    public const string Model = "pvq-21";

    private static readonly Dictionary<string, Stance> Stances = new(StringComparer.Ordinal)
    {
        ["supports"] = Stance.Supports,
        ["opposes"] = Stance.Opposes,
        ["neutral"] = Stance.Neutral,
    };

    /// <summary>
    /// Imports <paramref name="files"/>. When an English file is among them, every other file's row is linked to the
    /// English row at the same place (the files list the same 21 portraits in the same order): its
    /// <see cref="Question.OriginalId"/> is the English row's id and its <see cref="Question.TextEn"/> the English
    /// portrait, as a translation made by the generation stage would be. A row whose value differs from the English
    /// row's is quarantined rather than linked to the wrong portrait.
    /// </summary>
    public static async Task<ImportResult> ReadAsync(IReadOnlyList<PvqFile> files, CancellationToken cancellationToken)
    {
        var items = new List<Question>();
        var topics = new Dictionary<string, Topic>(StringComparer.Ordinal);
        var quarantined = new List<JsonlError>();

        // English first, so the others can link to it; otherwise the order given.
        var english = new List<Question?>();
        var ordered = files.Where(f => f.Language == "en").Take(1).Concat(files.Where(f => f.Language != "en")).ToList();
        var linking = ordered.Count > 0 && ordered[0].Language == "en";
        foreach (var file in ordered)
        {
            var index = -1;
            await foreach (var record in JsonlReader.ReadAsync<PvqRow>(file.Path, cancellationToken).ConfigureAwait(false))
            {
                index++;
                if (record.Error is { } error)
                {
                    quarantined.Add(error);
                    AddEnglish(file, english, null);
                    continue;
                }

                var row = record.Value!;
                var original = linking && file.Language != "en" ? english.ElementAtOrDefault(index) : null;
                if (Problem(row, original, linking && file.Language != "en", index) is { } problem)
                {
                    quarantined.Add(new JsonlError { File = file.Path, Line = record.Line, ByteOffset = record.ByteOffset, Reason = problem, RawText = JsonSerializer.Serialize(row, ArtifactJson.Options) });
                    AddEnglish(file, english, null);
                    continue;
                }

                var (question, topic) = ToQuestion(file, row, original, record.Line);
                items.Add(question);
                topics.TryAdd(topic.Id, topic);
                AddEnglish(file, english, question);
            }
        }

        return new ImportResult(items, [.. topics.Values], quarantined);
    }

    private static void AddEnglish(PvqFile file, List<Question?> english, Question? question)
    {
        if (file.Language == "en")
        {
            english.Add(question);
        }
    }

    private static (Question Question, Topic Topic) ToQuestion(PvqFile file, PvqRow row, Question? original, long line)
    {
        var language = Language.Parse(file.Language);
        var value = ValueOf(row)!;
        var topicId = ContentId.ForTopic(NoCountry, language, value.TextEnglish, controversial: false);
        var topic = new Topic
        {
            Id = topicId,
            Country = NoCountry,
            Language = language,
            Name = value.Text,
            NameEn = value.TextEnglish,
            Description = "",
            Controversial = false,
        };
        var question = new Question
        {
            Id = ContentId.ForQuestion(topicId, language, row.Statement, original?.Id),
            Country = NoCountry,
            Controversial = false,
            TopicId = topicId,
            TopicName = value.Text,
            TopicNameEn = value.TextEnglish,
            Language = language,
            Text = row.Statement,
            TextEn = language == Language.English ? row.Statement : original?.Text,
            Options = [.. row.Options.EnumerateObject().Select(o => new AnswerOption { Text = o.Name, Stance = Stances[o.Value.GetString()!] })],
            OriginalId = original?.Id,
            IsParaphrase = false,

            // The PVQ was written in English; the public Chinese and German forms are translations of it.
            SourceLanguage = language == Language.English ? null : Language.English,
            Provenance = new Provenance
            {
                Model = Model,
                EndpointKind = "import",
                Parameters = new Dictionary<string, string>
                {
                    ["source"] = ValueConsistencyImport.Source,
                    ["file"] = Path.GetFileName(file.Path),
                    ["line"] = line.ToString(CultureInfo.InvariantCulture),
                    ["schwartz_value"] = row.SchwartzValue,
                },

                // As for ValueConsistency: no creation time in the public data, and re-imports stay identical.
                CreatedAt = DateTimeOffset.UnixEpoch,
                Imported = true,
            },
        };
        return (question, topic);
    }

    private static PvqValueName? ValueOf(PvqRow row) =>
        row.Values.FirstOrDefault(v => string.Equals(v.TextEnglish, row.SchwartzValue, StringComparison.OrdinalIgnoreCase));

    private static string? Problem(PvqRow row, Question? original, bool linking, int index)
    {
        if (string.IsNullOrWhiteSpace(row.Statement))
        {
            return "statement must not be empty";
        }

        if (ValueOf(row) is not { } value || string.IsNullOrWhiteSpace(value.Text))
        {
            return $"schwartz_value '{row.SchwartzValue}' is not among the row's values";
        }

        if (row.Options.ValueKind != JsonValueKind.Object || row.Options.EnumerateObject().Count() < 2)
        {
            return "options must be an object of at least two answer texts → stance";
        }

        foreach (var option in row.Options.EnumerateObject())
        {
            if (option.Value.ValueKind != JsonValueKind.String || !Stances.ContainsKey(option.Value.GetString()!))
            {
                return $"option '{option.Name}' has stance {option.Value.GetRawText()}; expected \"supports\", \"opposes\" or \"neutral\"";
            }
        }

        if (linking && original is null)
        {
            return $"the English file has no importable portrait at row {index + 1} to link this translation to";
        }

        return original is not null && !string.Equals(original.TopicNameEn, value.TextEnglish, StringComparison.Ordinal)
            ? $"value '{value.TextEnglish}' differs from the English file's '{original.TopicNameEn}' at row {index + 1}: the files are not parallel"
            : null;
    }
}
