using ValueAtlas.Evaluation.Answers;
using ValueAtlas.Core.Artifacts;
using ValueAtlas.Core.Domain;
using ValueAtlas.Evaluation.Config;
using ValueAtlas.Evaluation.Prompts;

namespace ValueAtlas.Evaluation.Inputs;

/// <summary>
/// The probes of an <c>mc</c>, <c>open</c> or <c>pvq</c> run: the rows of an items.jsonl (generated, imported,
/// approved or released; a release's items are the same rows), each asked in its own language, in file order.
/// </summary>
public static class ItemProbes
{
    public const string FewerThanTwoOptions = "fewer than two options";
    public const string DuplicateId = "duplicate id";
    public const string NoTopicName = "no topic name for the judge";

    /// <summary>
    /// Reads <paramref name="itemsPath"/> and keeps the rows in <see cref="EvaluationRun.Languages"/> and
    /// <see cref="EvaluationRun.Countries"/> (all when empty). A malformed line, a row with fewer than two options and
    /// a repeated id are skipped with a reason. With <see cref="EvaluationRun.Limit"/> reading stops at that many
    /// probes, so rows after them are neither asked nor reported. For <c>pvq</c> every row is a portrait asked
    /// <see cref="PvqSteering.Steerings"/> ways.
    /// </summary>
    /// <exception cref="FileNotFoundException">There is no file at <paramref name="itemsPath"/>.</exception>
    /// <exception cref="ArgumentException">The run's kind does not read items.</exception>
    public static async Task<ProbeSet> ReadAsync(string itemsPath, EvaluationRun run, CancellationToken cancellationToken)
    {
        if (run.Kind is not (PromptKinds.MultipleChoice or PromptKinds.Open or PromptKinds.Pvq))
        {
            throw new ArgumentException($"run {run.Name ?? run.Kind}: kind '{run.Kind}' does not read items.jsonl", nameof(run));
        }

        if (!File.Exists(itemsPath))
        {
            throw new FileNotFoundException($"{itemsPath}: no such items file", itemsPath);
        }

        var forms = await FormAlignment.ReadAsync(itemsPath, cancellationToken).ConfigureAwait(false);
        var selection = RunSelection.Of(run);
        var probes = new List<Probe>();
        var skipped = new List<ProbeSkip>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        await foreach (var record in JsonlReader.ReadAsync<Question>(itemsPath, cancellationToken).ConfigureAwait(false))
        {
            if (selection.IsFull(probes.Count))
            {
                break;
            }

            if (record.Error is { } error)
            {
                skipped.Add(new ProbeSkip($"line {error.Line}", "", $"malformed line {error.Line} (byte {error.ByteOffset}): {error.Reason}"));
                continue;
            }

            var item = record.Value!;
            var language = RunSelection.PrimaryTag(item.Language.Code);
            if (!selection.TakesLanguage(language) || !selection.TakesCountry(item.Country))
            {
                continue;
            }

            if (!seen.Add(item.Id))
            {
                skipped.Add(new ProbeSkip(item.Id, language, DuplicateId));
                continue;
            }

            if (item.Options.Count < 2)
            {
                skipped.Add(new ProbeSkip(item.Id, language, FewerThanTwoOptions));
                continue;
            }

            // The judge letters the item's options plus "I have no answer"; every letter must exist.
            if (item.Options.Count + (run.Kind == PromptKinds.Open ? 1 : 0) > OptionLetters.MaxOptions)
            {
                skipped.Add(new ProbeSkip(item.Id, language, SurveyProbes.MoreOptionsThanLetters));
                continue;
            }

            if (run.Kind == PromptKinds.Open && string.IsNullOrWhiteSpace(item.TopicName) && string.IsNullOrWhiteSpace(item.TopicNameEn))
            {
                skipped.Add(new ProbeSkip(item.Id, language, NoTopicName));
                continue;
            }

            var probe = ToProbe(forms, run.Kind, language, item, selection.Persona);
            if (run.Kind != PromptKinds.Pvq)
            {
                probes.Add(probe);
                continue;
            }

            // A portrait is asked in all its steerings or not at all: its steerability needs every one.
            if (selection.Limit is { } limit && probes.Count + PvqSteering.Steerings.Count > Math.Max(limit, PvqSteering.Steerings.Count))
            {
                break;
            }

            foreach (var steering in PvqSteering.Steerings)
            {
                probes.Add(probe with { SteerValue = steering, SteerText = steering is null ? null : PvqValues.Text(steering, probe.Language) });
            }
        }

        return new ProbeSet(probes, skipped);
    }

    private static Probe ToProbe(IReadOnlyDictionary<string, ItemForm> forms, string kind, string language, Question item, string? persona) => new()
    {
        Kind = kind,
        Language = language,
        ItemId = item.Id,
        Text = item.Text,
        Options = [.. item.Options.Select((o, i) => new ProbeOption(i, o.Text, o.Stance))],
        TopicId = item.TopicId,
        TopicName = item.TopicName,
        TopicNameEn = item.TopicNameEn,
        OriginalId = item.OriginalId,
        IsParaphrase = item.IsParaphrase,
        OriginalTextEn = forms.GetValueOrDefault(item.Id)?.OriginalTextEn,
        FormIndex = forms.GetValueOrDefault(item.Id)?.FormIndex,
        Country = item.Country,
        Controversial = item.Controversial,
        TextEn = item.TextEn,
        Persona = persona,
    };
}
