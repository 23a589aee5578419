using System.Globalization;
using System.Text.Json;
using ValueAtlas.Formats;

namespace ValueAtlas.Curation.Surveys.Import;

/// <summary>
/// KoValPlus: <c>{"WVS": {theme: [{Q_index, Questions, Options{code: text}, Questions_KR, Options_KR, KR_selections{code: count}}]}}</c>,
/// WVS-7 questions with the counts of WVS-7's Korean respondents. Question ids are <c>wvs7:Q46</c> so the rows join the
/// harmonized WVS-7 tables; options in code order (as the WVS-7 crosswalk has them), an option nobody chose counted 0.
/// The Korean wording is the KoValPlus authors' machine translation (their README says so).
/// </summary>
public static class KoValPlusReader
{
    public const string Source = "kovalplus";
    public const string QuestionSource = "wvs7";
    public const string Wave = "7";
    public const string Country = "KR";
    public const string KoreanOrigin = "machine_translation";

    /// <summary>True when the JSON's root is an object with a "WVS" object: the KoValPlus shape.</summary>
    public static bool Looks(string path)
    {
        try
        {
            using var stream = File.OpenRead(path);
            using var document = JsonDocument.Parse(stream);
            return document.RootElement.ValueKind == JsonValueKind.Object
                && document.RootElement.TryGetProperty("WVS", out var wvs) && wvs.ValueKind == JsonValueKind.Object;
        }
        catch (JsonException)
        {
            return false;
        }
    }

    public static ImportedSet Read(string path)
    {
        var bytes = File.ReadAllBytes(path);
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(bytes);
        }
        catch (JsonException e)
        {
            throw new FileFormatException(path, Offset(bytes, e.LineNumber ?? 0, e.BytePositionInLine ?? 0), $"JSON (line {e.LineNumber + 1}): {e.Message}", e);
        }

        var offsets = QuestionOffsets(bytes);

        using (document)
        {
            if (document.RootElement.ValueKind != JsonValueKind.Object
                || !document.RootElement.TryGetProperty("WVS", out var themes) || themes.ValueKind != JsonValueKind.Object)
            {
                throw new FileFormatException(path, 0, "the KoValPlus shape {\"WVS\": {theme: [questions]}}");
            }

            var questions = new List<ImportedQuestion>();
            var at = 0;
            var answers = new List<ImportedAnswers>();
            foreach (var theme in themes.EnumerateObject())
            {
                var index = 0;
                foreach (var item in theme.Value.ValueKind == JsonValueKind.Array ? theme.Value.EnumerateArray() : throw new FileFormatException(path, 0, $"WVS.{theme.Name}: a list of questions"))
                {
                    var where = $"WVS.{theme.Name}[{index++}]";
                    var offset = at < offsets.Count ? offsets[at++] : 0;
                    var (question, counts) = Question(path, item, offset, where);
                    questions.Add(question);
                    answers.Add(new ImportedAnswers(question.Id, Country, Wave, counts, $"{where} ({question.Variable})"));
                }
            }

            return new ImportedSet(Source, path, questions.Count, questions, answers);
        }
    }

    private static (ImportedQuestion Question, List<ImportedCell> Counts) Question(string path, JsonElement item, long offset, string where)
    {
        var variable = Text(path, offset, item, "Q_index", where);
        where = $"{where} ({variable})";
        var options = Map(path, offset, item, "Options", where);
        var korean = item.TryGetProperty("Options_KR", out _) ? Map(path, offset, item, "Options_KR", where) : [];
        var selections = Map(path, offset, item, "KR_selections", where);
        var codes = options.Keys.OrderBy(c => Code(path, offset, c, where)).ToList();
        var unknown = selections.Keys.Where(c => !options.ContainsKey(c)).ToList();
        if (unknown.Count > 0)
        {
            throw new FileFormatException(path, offset, $"{where}: KR_selections codes that are options, found {string.Join(", ", unknown)}");
        }

        var cells = codes.Select((code, i) => new ImportedCell(i, selections.TryGetValue(code, out var n) ? Count(path, offset, n, where, code) : 0, null)).ToList();
        var question = new ImportedQuestion(
            $"{QuestionSource}:{variable}",
            variable,
            Wave,
            Text(path, offset, item, "Questions", where),
            [.. codes.Select(c => new ImportedOption(c, Scalar(path, offset, options[c], where), korean.TryGetValue(c, out var ko) ? Scalar(path, offset, ko, where) : null))],
            item.TryGetProperty("Questions_KR", out _) ? Text(path, offset, item, "Questions_KR", where) : null,
            item.TryGetProperty("Questions_KR", out _) ? KoreanOrigin : null);
        return (question, cells);
    }

    private static long Count(string path, long offset, JsonElement value, string where, string code) =>
        value.ValueKind == JsonValueKind.Number && value.TryGetInt64(out var n) && n >= 0
            ? n
            : throw new FileFormatException(path, offset, $"{where}: KR_selections[{code}] as a count (a whole number ≥ 0), found {value}");

    private static int Code(string path, long offset, string code, string where) =>
        int.TryParse(code, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var n)
            ? n
            : throw new FileFormatException(path, offset, $"{where}: option codes that are whole numbers (WVS codes), found \"{code}\"");

    private static string Text(string path, long offset, JsonElement item, string name, string where) =>
        item.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String && value.GetString() is { Length: > 0 } text
            ? text
            : throw new FileFormatException(path, offset, $"{where}: \"{name}\" as a non-empty string");

    private static string Scalar(string path, long offset, JsonElement value, string where) =>
        value.ValueKind == JsonValueKind.String ? value.GetString()! : throw new FileFormatException(path, offset, $"{where}: option texts as strings, found {value.ValueKind}");

    private static Dictionary<string, JsonElement> Map(string path, long offset, JsonElement item, string name, string where) =>
        item.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.Object
            ? value.EnumerateObject().ToDictionary(p => p.Name, p => p.Value, StringComparer.Ordinal)
            : throw new FileFormatException(path, offset, $"{where}: \"{name}\" as an object of code → value");

    /// <summary>The byte offset of each question object ({"WVS": {theme: [HERE, …]}}), in file order, for messages.</summary>
    private static List<long> QuestionOffsets(byte[] json)
    {
        var offsets = new List<long>();
        var reader = new Utf8JsonReader(json);
        while (reader.Read())
        {
            if (reader.TokenType == JsonTokenType.StartObject && reader.CurrentDepth == 3)
            {
                offsets.Add(reader.TokenStartIndex);
            }
        }

        return offsets;
    }

    private static long Offset(byte[] json, long line, long inLine)
    {
        long start = 0;
        for (var i = 0L; i < line && start < json.Length; i++)
        {
            var next = Array.IndexOf(json, (byte)'\n', (int)start);
            start = next < 0 ? json.Length : next + 1;
        }

        return start + inLine;
    }
}
