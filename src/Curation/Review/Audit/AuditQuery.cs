namespace ValueAtlas.Curation.Review.Audit;

/// <summary>Filters for reading the audit log; null means any.</summary>
public sealed record AuditQuery
{
    public string? Queue { get; init; }

    public string? UnitId { get; init; }

    public string? Actor { get; init; }

    public long AfterSeq { get; init; }
}
