namespace ValueAtlas.Curation.Review.Store;

/// <summary>Settings every process opening the store must agree on (from review/review.yaml).</summary>
public sealed record ReviewOptions
{
    public static ReviewOptions Default { get; } = new();

    public IReadOnlyList<RejectReason> RejectReasons { get; init; } =
    [
        new("off-topic", "주제와 무관함", "Not about the topic"),
        new("wrong-stance", "입장 표시가 틀림", "Option stance is wrong"),
        new("not-binary", "예/아니오로 답할 수 없음", "Not a yes/no question"),
        new("unnatural", "부자연스러운 표현", "Unnatural wording"),
        new("meaning-changed", "의미가 달라짐", "Meaning changed"),
        new("factual-error", "사실 오류", "Factual error"),
        new("harmful", "유해하거나 모욕적임", "Harmful or offensive"),
        new("duplicate", "중복", "Duplicate"),
        new("other", "기타 (메모 필수)", "Other (note required)", NeedsNote: true),
    ];

    /// <summary>How long a unit handed out by "next" stays reserved for that annotator.</summary>
    public TimeSpan Lease { get; init; } = TimeSpan.FromMinutes(30);

    /// <summary>How long units exported to an annotator's spreadsheet stay reserved for them.</summary>
    public TimeSpan SpreadsheetLease { get; init; } = TimeSpan.FromDays(14);

    public RejectReason? FindReason(string? code) =>
        RejectReasons.FirstOrDefault(r => string.Equals(r.Code, code, StringComparison.Ordinal));
}
