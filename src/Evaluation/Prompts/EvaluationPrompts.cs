using ValueAtlas.Core.Domain;
using ValueAtlas.Core.Prompts;
using ValueAtlas.Evaluation.Inputs;

namespace ValueAtlas.Evaluation.Prompts;

/// <summary>
/// The evaluation prompt templates (one per kind and language) and how a probe is rendered with them.
/// </summary>
/// <remarks>
/// A template file's final line break is not part of the prompt (editors add one), so a completion prompt ends exactly
/// with its "Answer:" and never with a space or newline: a trailing space would make the model's next token the bare
/// letter, which tokenisers rarely produce, instead of the usual " B" (HELM issue 2467). Letter extraction folds the
/// leading space, so " B" reads as B.
/// </remarks>
public sealed class EvaluationPrompts
{
    /// <summary>Joins the system and the user message in the text <see cref="EvalPrompt.Sha256"/> hashes.</summary>
    public const string HashSeparator = "\n\n";

    private const string ResourcePrefix = "ValueAtlas.Evaluation.Prompts.";

    private static readonly Lazy<TemplateSet> BuiltIn = new(() => TemplateSet.LoadBuiltIn(
        new TemplateSource(typeof(EvaluationPrompts).Assembly, ResourcePrefix, EvalTemplateKinds.Kinds)));

    private static readonly Dictionary<string, string> NoAnswer = new(StringComparer.Ordinal)
    {
        ["en"] = "I have no answer",
        ["ko"] = "답할 수 없음",
        ["zh"] = "我没有答案",
        ["de"] = "Ich habe keine Antwort",
        ["ja"] = "答えられない",
    };

    private readonly CountryRegistry _countries;

    private EvaluationPrompts(CountryRegistry countries, TemplateSet templates)
    {
        _countries = countries;
        Templates = templates;
    }

    /// <summary>The templates in use, built-in or overridden.</summary>
    public TemplateSet Templates { get; }

    /// <summary>The built-in templates, optionally replaced file by file from <paramref name="overrides"/>.</summary>
    /// <param name="countries">Where a country code (goqa-cp, persona) gets its name in the prompt's language.</param>
    /// <param name="overrides">A folder of <c>{kind}.{lang}.txt</c> files; each replaces (or adds) the template of its name.</param>
    /// <exception cref="Core.Config.ConfigException">A file is misnamed, not UTF-8, or does not use exactly its kind's variables; each error names the file and line.</exception>
    /// <exception cref="DirectoryNotFoundException">The overrides folder does not exist.</exception>
    public static EvaluationPrompts Create(CountryRegistry countries, string? overrides = null)
    {
        ArgumentNullException.ThrowIfNull(countries);
        var templates = overrides is null ? BuiltIn.Value : BuiltIn.Value.WithOverrides(overrides);
        return new EvaluationPrompts(countries, templates);
    }

    /// <summary>
    /// The prompt for <paramref name="probe"/> with its options shown in <paramref name="lettered"/> order (A first).
    /// For <see cref="PromptKinds.Open"/> no options are shown.
    /// </summary>
    /// <remarks>
    /// The kind's template is taken in the probe's language (English, marked <see cref="EvalPrompt.IsFallback"/>, where
    /// there is none). A persona becomes the system message in chat style; in completion style, which has no system
    /// message, its text goes before the prompt, and every kind but open is wrapped in the few-shot completion template.
    /// </remarks>
    public async Task<EvalPrompt> RenderAsync(Probe probe, IReadOnlyList<ProbeOption> lettered, PromptStyle style, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(probe);
        ArgumentNullException.ThrowIfNull(lettered);

        var kind = TemplateKindOf(probe);
        var template = Templates.Get(kind, probe.Language);
        var body = await RenderAsync(template, Values(probe, kind, template.Language, lettered), cancellationToken).ConfigureAwait(false);
        var used = new List<PromptTemplate> { template };

        string? persona = null;
        if (probe.Persona is { } personaCountry)
        {
            var personaTemplate = Templates.Get(EvalTemplateKinds.Persona, probe.Language);
            var values = new Dictionary<string, string>(StringComparer.Ordinal)
            {
                [EvalVariables.CountryName] = CountryName(personaCountry, personaTemplate.Language),
            };
            persona = await RenderAsync(personaTemplate, values, cancellationToken).ConfigureAwait(false);
            used.Add(personaTemplate);
        }

        if (style == PromptStyle.Chat)
        {
            return Prompt(used, persona, body);
        }

        var prompt = persona is null ? body : persona + HashSeparator + body;
        if (kind == EvalTemplateKinds.Open)
        {
            // A paragraph answer has no letter to lead up to.
            return Prompt(used, null, prompt);
        }

        var completion = Templates.Get(EvalTemplateKinds.Completion, probe.Language);
        var wrapped = await RenderAsync(
            completion, new Dictionary<string, string>(StringComparer.Ordinal) { [EvalVariables.Prompt] = prompt }, cancellationToken).ConfigureAwait(false);
        used.Add(completion);
        return Prompt(used, null, wrapped);
    }

    /// <summary>The judge's prompt: classify <paramref name="answer"/> (the model's open paragraph) among <paramref name="lettered"/>.</summary>
    /// <remarks>
    /// The caller includes the neutral <see cref="NoAnswerOption"/> among <paramref name="lettered"/>. The topic is the
    /// probe's <see cref="Probe.TopicName"/> (its English name when that is missing).
    /// </remarks>
    public async Task<EvalPrompt> RenderJudgeAsync(Probe probe, string answer, IReadOnlyList<ProbeOption> lettered, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(probe);
        ArgumentNullException.ThrowIfNull(answer);
        ArgumentNullException.ThrowIfNull(lettered);

        var topic = probe.TopicName ?? probe.TopicNameEn
            ?? throw new ArgumentException($"Probe {probe.ItemId} has no topic name for the judge to classify its stance toward.", nameof(probe));
        var template = Templates.Get(EvalTemplateKinds.Judge, probe.Language);
        var values = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            [EvalVariables.Topic] = topic,
            [EvalVariables.Question] = probe.Text,
            [EvalVariables.Answer] = answer,
            [EvalVariables.Options] = LetteredLines.Dotted(lettered),
        };
        var user = await RenderAsync(template, values, cancellationToken).ConfigureAwait(false);
        return Prompt([template], null, user);
    }

    /// <summary>"I have no answer" in <paramref name="language"/>: the judge's extra, neutral option.</summary>
    /// <remarks>In English for a language without its own words, as the judge template then is.</remarks>
    public static string NoAnswerOption(string language)
    {
        ArgumentNullException.ThrowIfNull(language);
        var primary = language.Trim().Replace('_', '-').ToLowerInvariant().Split('-')[0];
        return NoAnswer.GetValueOrDefault(primary, NoAnswer["en"]);
    }

    /// <summary>
    /// The text <see cref="EvalPrompt.Sha256"/> is taken over: the system message, <see cref="HashSeparator"/> and the
    /// user message when there is a system message, else the user message alone.
    /// </summary>
    public static string HashedText(string? system, string user) => system is null ? user : system + HashSeparator + user;

    private static string TemplateKindOf(Probe probe) => probe.Kind switch
    {
        PromptKinds.Pvq => probe.SteerValue is null ? EvalTemplateKinds.Pvq : EvalTemplateKinds.PvqValue,
        PromptKinds.MultipleChoice or PromptKinds.Open or PromptKinds.GoqaDefault or PromptKinds.GoqaCrossNational or PromptKinds.GoqaLinguistic => probe.Kind,
        _ => throw new ArgumentException(
            $"Probe {probe.ItemId} has kind '{probe.Kind}'; known kinds: {string.Join(", ", PromptKinds.All)}.", nameof(probe)),
    };

    private Dictionary<string, string> Values(Probe probe, string kind, string language, IReadOnlyList<ProbeOption> lettered)
    {
        var values = new Dictionary<string, string>(StringComparer.Ordinal);
        switch (kind)
        {
            case EvalTemplateKinds.Open:
                values[EvalVariables.Question] = probe.Text;
                break;
            case EvalTemplateKinds.MultipleChoice:
                values[EvalVariables.Question] = probe.Text;
                values[EvalVariables.Options] = LetteredLines.Dotted(lettered);
                break;
            case EvalTemplateKinds.GoqaDefault or EvalTemplateKinds.GoqaLinguistic:
                values[EvalVariables.Question] = probe.Text;
                values[EvalVariables.Options] = LetteredLines.Parenthesised(lettered);
                break;
            case EvalTemplateKinds.GoqaCrossNational:
                values[EvalVariables.Question] = probe.Text;
                values[EvalVariables.Options] = LetteredLines.Parenthesised(lettered);
                values[EvalVariables.CountryName] = CountryName(
                    probe.PromptCountry ?? throw new ArgumentException($"goqa-cp probe {probe.ItemId} names no country (PromptCountry).", nameof(probe)),
                    language);
                break;
            case EvalTemplateKinds.Pvq:
                values[EvalVariables.Description] = probe.Text;
                values[EvalVariables.Options] = LetteredLines.Dotted(lettered);
                break;
            default:
                values[EvalVariables.Description] = probe.Text;
                values[EvalVariables.Options] = LetteredLines.Dotted(lettered);
                values[EvalVariables.Value] = probe.SteerText ?? PvqValues.Text(probe.SteerValue!, language);
                break;
        }

        return values;
    }

    // In the template's language, so an English fallback template gets the English name.
    private string CountryName(string code, string language) => PromptCountryNames.For(_countries.Get(code), language);

    private static async Task<string> RenderAsync(PromptTemplate template, Dictionary<string, string> values, CancellationToken cancellationToken)
    {
        var rendered = await TemplateSet.RenderAsync(template, values, cancellationToken).ConfigureAwait(false);

        // The file's final line breaks (editors add one) are not part of the prompt; see the remarks on the class. Only
        // the template's own are cut: the text after its last variable ends the rendered text too, so a value is kept whole.
        var trailing = template.Text.Length - template.Text.TrimEnd('\n').Length;
        return rendered.Text[..^trailing];
    }

    private static EvalPrompt Prompt(IReadOnlyList<PromptTemplate> used, string? system, string user) =>
        new(string.Join('+', used.Select(t => t.Id)), system, user, PromptHash.Sha256Hex(HashedText(system, user)))
        {
            IsFallback = used.Any(t => t.IsFallback),
        };
}
