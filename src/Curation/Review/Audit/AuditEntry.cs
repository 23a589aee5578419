namespace ValueAtlas.Curation.Review.Audit;

/// <summary>One appended line of the audit log; <see cref="Before"/> and <see cref="After"/> are JSON snapshots.</summary>
public sealed record AuditEntry
{
    public required long Seq { get; init; }

    public required DateTimeOffset At { get; init; }

    /// <summary>Annotator id, or "admin" for CLI actions.</summary>
    public required string Actor { get; init; }

    public required string Action { get; init; }

    public string? Queue { get; init; }

    public string? UnitId { get; init; }

    public string? Before { get; init; }

    public string? After { get; init; }
}
