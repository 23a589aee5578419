namespace ValueAtlas.Evaluation.Tables;

/// <summary>How to read a distributions table: which columns a measure needs, which runs to keep, where the items are.</summary>
public sealed record DistributionTableOptions
{
    /// <summary>Columns needed beyond <see cref="DistributionTable.KeyColumns"/> (e.g. <see cref="DistributionTable.ConsistencyColumns"/>).</summary>
    public IReadOnlyList<string> Required { get; init; } = [];

    /// <summary>Keep only the rows of these runs (the <c>run</c> column); empty keeps every run.</summary>
    public IReadOnlyList<string> Runs { get; init; } = [];

    /// <summary>
    /// An items.jsonl whose <see cref="Inputs.FormAlignment"/> fills topic_name, original_text_en and form_index where the
    /// table has none (tables written before evaluate carried the multilingual key), joined on item_id.
    /// </summary>
    public string? ItemsPath { get; init; }
}
