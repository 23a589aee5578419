namespace ValueAtlas.Curation.Surveys.Crosswalks;

/// <summary>One harmonized question: its source variable, wording and options with their recode map.</summary>
public sealed class CrosswalkQuestion
{
    public string Id { get; set; } = "";

    /// <summary>The source variable; <see cref="Id"/> when not written.</summary>
    public string? Variable { get; set; }

    public CrosswalkText Text { get; set; } = new();

    public bool? Ordinal { get; set; }

    public List<CrosswalkOption> Options { get; set; } = [];

    /// <summary>Codes whose respondents are left out of this question.</summary>
    public List<string>? Drop { get; set; }

    /// <summary>Missing codes of this question only, on top of the source's.</summary>
    public List<CrosswalkMissing>? Missing { get; set; }

    public string SourceVariable => string.IsNullOrWhiteSpace(Variable) ? Id : Variable;
}
