using System.Text.Json;
using ValueAtlas.Core.Artifacts;
using ValueAtlas.Core.Domain;

namespace ValueAtlas.Generation.Import;

/// <summary>
/// Reads the public ValueConsistency data into the items.jsonl schema, so every later stage can run on real data
/// without a model. Ids are content hashes, so importing twice yields the same rows.
/// </summary>
public static class ValueConsistencyImport
{
    public const string Source = "jlcmoore/ValueConsistency@e088776";

    public static async Task<ImportResult> ReadAsync(string folder, CountryRegistry countries, CancellationToken cancellationToken)
    {
        var items = new List<Question>();
        var topics = new Dictionary<string, Topic>(StringComparer.Ordinal);
        var quarantined = new List<JsonlError>();
        foreach (var file in ValueConsistencyFile.Discover(folder))
        {
            var country = countries.Get(file.Country);
            await foreach (var record in JsonlReader.ReadAsync<ValueConsistencyRow>(file.Path, cancellationToken).ConfigureAwait(false))
            {
                if (record.Error is { } error)
                {
                    quarantined.Add(error);
                    continue;
                }

                var row = record.Value!;
                if (Problem(row) is { } problem)
                {
                    quarantined.Add(new JsonlError { File = file.Path, Line = record.Line, ByteOffset = record.ByteOffset, Reason = problem, RawText = JsonSerializer.Serialize(row, ArtifactJson.Options) });
                    continue;
                }

                var question = ToQuestion(file, country, row, record.Line);
                items.Add(question);
                topics.TryAdd(question.TopicId, new Topic
                {
                    Id = question.TopicId,
                    Country = file.Country,
                    Language = question.Language,
                    Name = row.Topic,
                    NameEn = row.TopicEnglish,
                    Description = "",
                    Controversial = file.Controversial,
                });
            }
        }

        return new ImportResult(items, topics.Values.ToList(), quarantined);
    }

    private static Question ToQuestion(ValueConsistencyFile file, Country country, ValueConsistencyRow row, long line)
    {
        var language = Language.Parse(file.Language);
        var topicId = ContentId.ForTopic(file.Country, language, row.Topic, file.Controversial);
        var originalId = ContentId.ForQuestion(topicId, language, row.Original, originalId: null);
        var paraphrase = IsTrue(row.Rephrase);
        return new Question
        {
            Id = paraphrase ? ContentId.ForQuestion(topicId, language, row.Question, originalId) : originalId,
            Country = file.Country,
            Controversial = file.Controversial,
            TopicId = topicId,
            TopicName = row.Topic,
            TopicNameEn = row.TopicEnglish,
            Language = language,
            Text = row.Question,
            TextEn = language.Code == "en" ? row.Question : paraphrase ? null : row.OriginalEnglish,
            Options = row.Options.EnumerateObject().Select(o => new AnswerOption { Text = o.Name, Stance = ParseStance(o.Value.GetString()!) }).ToList(),
            OriginalId = paraphrase ? originalId : null,
            IsParaphrase = paraphrase,

            // The study wrote each country's items in its own language and translated them into the others.
            SourceLanguage = country.DefaultLanguage == language ? null : country.DefaultLanguage,
            Provenance = new Provenance
            {
                Model = "valueconsistency",
                EndpointKind = "import",
                Parameters = new Dictionary<string, string>
                {
                    ["source"] = Source,
                    ["file"] = Path.GetFileName(file.Path),
                    ["line"] = line.ToString(System.Globalization.CultureInfo.InvariantCulture),
                },

                // The public data records no creation time; the epoch marks it unknown and keeps re-imports identical.
                CreatedAt = DateTimeOffset.UnixEpoch,
                Imported = true,
            },
        };
    }

    private static string? Problem(ValueConsistencyRow row)
    {
        if (row.Rephrase.ValueKind is not (JsonValueKind.True or JsonValueKind.False or JsonValueKind.Number))
        {
            return $"rephrase must be true, false, 1 or 0, not {row.Rephrase.GetRawText()}";
        }

        if (row.Options.ValueKind != JsonValueKind.Object)
        {
            return "options must be an object of answer text → stance";
        }

        foreach (var option in row.Options.EnumerateObject())
        {
            if (option.Value.ValueKind != JsonValueKind.String || TryStance(option.Value.GetString()!) is null)
            {
                return $"option '{option.Name}' has stance {option.Value.GetRawText()}; expected \"supports\", \"opposes\" or \"neutral\"";
            }
        }

        return string.IsNullOrWhiteSpace(row.Question) || string.IsNullOrWhiteSpace(row.Original) ? "question and original must not be empty" : null;
    }

    private static bool IsTrue(JsonElement value) => value.ValueKind == JsonValueKind.True || (value.ValueKind == JsonValueKind.Number && value.GetDouble() != 0);

    private static Stance? TryStance(string text) => text switch
    {
        "supports" => Stance.Supports,
        "opposes" => Stance.Opposes,
        "neutral" => Stance.Neutral,
        _ => null,
    };

    private static Stance ParseStance(string text) => TryStance(text) ?? throw new InvalidOperationException($"unchecked stance '{text}'");
}
