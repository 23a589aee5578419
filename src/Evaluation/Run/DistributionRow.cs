namespace ValueAtlas.Evaluation.Run;

/// <summary>
/// One row of the <c>distributions</c> table: a model's probability for one option of one probe, averaged over the
/// probe's option orders. Keys as items.jsonl (topic_id, original_id, is_paraphrase, country, controversial) and the
/// harmonized questions/options tables (source, wave, question id = item_id, option_index, option_code).
/// </summary>
public sealed record DistributionRow
{
    public required string Model { get; init; }

    public required string Run { get; init; }

    public required string PromptKind { get; init; }

    public required string Language { get; init; }

    public required string ItemId { get; init; }

    public string? Persona { get; init; }

    public string? PromptCountry { get; init; }

    public string? SteerValue { get; init; }

    public string? TopicId { get; init; }

    /// <summary>The topic's name in the item's language (Korean for Korean items).</summary>
    public string? TopicName { get; init; }

    public string? TopicNameEn { get; init; }

    public string? OriginalId { get; init; }

    public bool? IsParaphrase { get; init; }

    /// <summary>The English text of the item's root original: with topic_name_en and form_index, the multilingual key.</summary>
    public string? OriginalTextEn { get; init; }

    /// <summary>0 for an original or translation, 1, 2, … for its paraphrases in file order.</summary>
    public int? FormIndex { get; init; }

    public string? Country { get; init; }

    public bool? Controversial { get; init; }

    public string? Source { get; init; }

    public string? Wave { get; init; }

    public required int OptionIndex { get; init; }

    public required string OptionText { get; init; }

    public string? OptionCode { get; init; }

    /// <summary>supports, opposes or neutral for items and PVQ; null for survey questions.</summary>
    public string? Stance { get; init; }

    public required double Probability { get; init; }

    /// <summary>Queries that gave a distribution (failed ones are not averaged in).</summary>
    public required int NQueries { get; init; }

    public required int NFailed { get; init; }

    public required double MeanUncoveredMass { get; init; }

    /// <summary>Queries in which no option carried any mass (their uniform distribution is averaged in, as the study did).</summary>
    public required int NNoOptionMass { get; init; }

    public required string Method { get; init; }

    public string? JudgeModel { get; init; }

    public required string PromptTemplateId { get; init; }
}
