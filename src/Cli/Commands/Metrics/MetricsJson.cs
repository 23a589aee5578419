using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using ValueAtlas.Evaluation.Metrics;

namespace ValueAtlas.Cli.Commands.Metrics;

/// <summary>Writes the metrics' JSON (snake_case, indented, Korean kept readable) and the parts the three shapes share.</summary>
internal static class MetricsJson
{
    private static readonly JsonWriterOptions Options = new() { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static string Write(Action<Utf8JsonWriter> body)
    {
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer, Options))
        {
            body(json);
        }

        return Encoding.UTF8.GetString(buffer.ToArray()) + "\n";
    }

    public static void Number(Utf8JsonWriter json, string name, double? value)
    {
        if (value is { } v && double.IsFinite(v))
        {
            json.WriteNumber(name, v);
        }
        else
        {
            json.WriteNull(name);
        }
    }

    public static void Interval(Utf8JsonWriter json, ConfidenceInterval? interval)
    {
        if (interval is null)
        {
            json.WriteNull("ci95");
            return;
        }

        json.WriteStartArray("ci95");
        json.WriteNumberValue(interval.Low);
        json.WriteNumberValue(interval.High);
        json.WriteEndArray();
    }

    /// <summary>model, prompt_kind, language, prompt_country, persona (all null for an unnamed condition).</summary>
    public static void Condition(Utf8JsonWriter json, AnswerCondition? condition)
    {
        Text(json, "model", condition?.Model);
        Text(json, "prompt_kind", condition?.PromptKind);
        Text(json, "language", condition?.Language);
        Text(json, "prompt_country", condition?.PromptCountry);
        Text(json, "persona", condition?.Persona);
    }

    /// <summary>A text value; null or empty is written as null.</summary>
    public static void Text(Utf8JsonWriter json, string name, string? value)
    {
        if (string.IsNullOrEmpty(value))
        {
            json.WriteNull(name);
        }
        else
        {
            json.WriteString(name, value);
        }
    }
}
