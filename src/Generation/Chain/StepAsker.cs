using System.Collections.Concurrent;
using System.Globalization;
using System.Text.Json;
using FluentValidation;
using Microsoft.Extensions.AI;
using ValueAtlas.Core.Domain;
using ValueAtlas.Core.Llm;
using ValueAtlas.Generation.Prompts;

namespace ValueAtlas.Generation.Chain;

/// <summary>
/// One step's call: render the template, ask for JSON of the step's schema, validate, account, and either return the
/// answer with its provenance or quarantine it with its raw text and reasons.
/// </summary>
internal sealed class StepAsker(LlmGateway gateway, PromptLibrary prompts, StepLedger ledger, TimeProvider time)
{
    private long _done;

    public ConcurrentQueue<QuarantinedAnswer> Quarantine { get; } = new();

    /// <summary>Steps answered or quarantined so far, for progress reports.</summary>
    public long Done => Interlocked.Read(ref _done);

    public async Task<Asked<T>?> AskAsync<T>(
        string step, Language language, IReadOnlyDictionary<string, string> values, JsonElement schema, IValidator<T> validator,
        (string Country, string Subject) about, CancellationToken cancellationToken, string? statsKey = null)
        where T : class
    {
        var template = prompts.Get(step, language.Code);
        var filled = new Dictionary<string, string>(values, StringComparer.Ordinal);
        if (PromptSteps.Placeholders(step).Contains(PromptPlaceholders.ControversialPhrase) && filled.TryGetValue(PromptPlaceholders.ControversialPhrase, out var flag))
        {
            // The phrase must be in the template's own language, which differs from the asked one on a fallback.
            filled[PromptPlaceholders.ControversialPhrase] = ControversyPhrases.For(template.Language, bool.Parse(flag));
        }

        var prompt = await PromptLibrary.RenderAsync(template, filled, cancellationToken).ConfigureAwait(false);
        var result = await gateway.Structured.AskAsync(
            [new ChatMessage(ChatRole.User, prompt.Text)], schema, step, validator, new ChatOptions(), cancellationToken).ConfigureAwait(false);
        var cost = gateway.Config.Price.CostOf(result.Total.InputTokens, result.Total.OutputTokens);
        ledger.Record(statsKey ?? step, result, result.Total.Cached ? 0 : cost);
        Interlocked.Increment(ref _done);
        if (!result.Succeeded)
        {
            Quarantine.Enqueue(new QuarantinedAnswer
            {
                Step = step,
                Country = about.Country,
                Language = language.Code,
                Subject = about.Subject,
                Reasons = result.Reasons,
                RawText = result.RawText,
                PromptTemplateId = prompt.TemplateId,
                PromptSha256 = prompt.Sha256,
            });
            return null;
        }

        return new Asked<T>(result.Value!, new Provenance
        {
            Model = gateway.Config.Model,
            EndpointKind = gateway.Config.Provider,
            PromptTemplateId = prompt.TemplateId,
            PromptSha256 = prompt.Sha256,
            Parameters = new Dictionary<string, string> { ["step"] = step, ["language"] = language.Code },
            Attempts = result.Asks,
            InputTokens = (int)result.Total.InputTokens,
            OutputTokens = (int)result.Total.OutputTokens,
            Cost = cost,

            // The first answer's time, from the cache on a re-run, so re-running writes identical files.
            CreatedAt = result.Total.AnsweredAt ?? time.GetUtcNow(),
        });
    }

    public static string Count(int n) => n.ToString(CultureInfo.InvariantCulture);

    public static string OptionList(IEnumerable<string> options) => JsonSerializer.Serialize(options.ToArray(), Core.Artifacts.ArtifactJson.Options);
}
