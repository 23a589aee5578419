using System.Text.Json;
using ValueAtlas.Evaluation.Metrics;

namespace ValueAtlas.Evaluation.Tests.Metrics;

/// <summary>
/// Answers as evaluate's distributions table in JSONL (one row per option, its column names), and survey
/// distributions as the two long tables of <c>metrics similarity</c>: what the Python reference reads.
/// Doubles are written round-trippable, so both sides compute on the same numbers. Also linked into bench/Evaluation.
/// </summary>
internal static class DistributionsJsonl
{
    // One object a line: no validation of a single top-level value; Korean and quotes as they are.
    private static readonly JsonWriterOptions Lines = new() { SkipValidation = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static void WriteAnswers(string path, IEnumerable<AnswerDistribution> answers)
    {
        using var stream = File.Create(path);
        using var writer = new Utf8JsonWriter(stream, Lines);
        foreach (var a in answers)
        {
            foreach (var o in a.Options)
            {
                writer.WriteStartObject();
                writer.WriteString("model", a.Model);
                writer.WriteString("prompt_kind", a.PromptKind);
                writer.WriteString("language", a.Language);
                writer.WriteString("item_id", a.ItemId);
                Text(writer, "persona", a.Persona);
                Text(writer, "prompt_country", a.PromptCountry);
                Text(writer, "steer_value", a.SteerValue);
                Text(writer, "topic_id", a.TopicId);
                Text(writer, "topic_name", a.TopicName);
                Text(writer, "topic_name_en", a.TopicNameEn);
                Text(writer, "original_id", a.OriginalId);
                writer.WriteBoolean("is_paraphrase", a.IsParaphrase);
                Text(writer, "original_text_en", a.OriginalTextEn);
                if (a.FormIndex is { } form)
                {
                    writer.WriteNumber("form_index", form);
                }
                else
                {
                    writer.WriteNull("form_index");
                }

                Text(writer, "country", a.Country);
                if (a.Controversial is { } controversial)
                {
                    writer.WriteBoolean("controversial", controversial);
                }
                else
                {
                    writer.WriteNull("controversial");
                }

                writer.WriteNumber("option_index", o.Index);
                Text(writer, "option_code", o.Code);
                Text(writer, "stance", o.Stance);
                writer.WriteNumber("probability", o.Probability);
                writer.WriteEndObject();
                writer.Flush();
                stream.WriteByte((byte)'\n');
            }
        }
    }

    /// <summary>Model side (condition columns, question_id) or human side (country, share, position).</summary>
    public static void WriteSurvey(string path, IEnumerable<SurveyDistribution> distributions, bool human)
    {
        using var stream = File.Create(path);
        using var writer = new Utf8JsonWriter(stream, Lines);
        foreach (var d in distributions)
        {
            foreach (var o in d.Options)
            {
                writer.WriteStartObject();
                writer.WriteString("question_id", d.QuestionId);
                if (human)
                {
                    Text(writer, "country", d.Country);
                    writer.WriteNumber("share", o.Share);
                    writer.WriteBoolean("is_missing", false);
                }
                else
                {
                    var c = d.Condition!;
                    writer.WriteString("model", c.Model);
                    writer.WriteString("prompt_kind", c.PromptKind);
                    Text(writer, "language", c.Language);
                    Text(writer, "prompt_country", c.PromptCountry);
                    Text(writer, "persona", c.Persona);
                    writer.WriteNumber("probability", o.Share);
                }

                if (o.Index is { } index)
                {
                    writer.WriteNumber("option_index", index);
                }
                else
                {
                    writer.WriteNull("option_index");
                }

                Text(writer, "option_code", o.Code);
                if (o.Position is { } position)
                {
                    writer.WriteNumber("position", position);
                }
                else
                {
                    writer.WriteNull("position");
                }

                writer.WriteEndObject();
                writer.Flush();
                stream.WriteByte((byte)'\n');
            }
        }
    }

    private static void Text(Utf8JsonWriter writer, string name, string? value)
    {
        if (value is null)
        {
            writer.WriteNull(name);
        }
        else
        {
            writer.WriteString(name, value);
        }
    }
}
