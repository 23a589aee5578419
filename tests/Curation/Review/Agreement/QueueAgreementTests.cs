using ValueAtlas.Curation.Review.Agreement;
using ValueAtlas.Curation.Review.Decisions;
using ValueAtlas.Curation.Review.Store;
using ValueAtlas.Curation.Review.Units;

namespace ValueAtlas.Curation.Tests.Review.Agreement;

public sealed class QueueAgreementTests
{
    [Fact]
    public void Edit_is_its_own_label_for_decisions_but_acceptance_for_release_and_adjudications_are_not_counted()
    {
        UnitRecord[] units =
        [
            Unit("u1", "ko", UnitKind.Question, D("a", DecisionKind.Approve), D("b", DecisionKind.Approve)),
            Unit("u2", "ko", UnitKind.Question, D("a", DecisionKind.Reject), D("b", DecisionKind.Reject)),
            Unit("u3", "en", UnitKind.Topic, D("a", DecisionKind.Approve), D("b", DecisionKind.Edit), D("judge", DecisionKind.Reject, adjudication: true)),
            Unit("u4", "en", UnitKind.Topic, D("a", DecisionKind.Edit), D("b", DecisionKind.Edit)),
        ];

        var groups = QueueAgreement.Of("q", units);

        var queue = groups.Single(g => g.Dimension == "queue");
        Assert.Equal(new AgreementCounts(4, 2, 8, 3, 4), queue.Decision.Counts);
        Assert.True(queue.Decision.KrippendorffAlpha < 1);
        Assert.Equal(1.0, queue.Acceptance.KrippendorffAlpha!.Value, 12);
        Assert.Equal(1.0, queue.Acceptance.FleissKappa!.Value, 12);
        Assert.Equal(["country/KR", "kind/question", "kind/topic", "language/en", "language/ko", "queue/q"], groups.Select(g => $"{g.Dimension}/{g.Value}").Order());
        Assert.Equal(1.0, groups.Single(g => g.Value == "question").Decision.KrippendorffAlpha!.Value, 12);
        Assert.Empty(queue.Decision.Majorities);
    }

    private static DecisionRecord D(string who, DecisionKind kind, bool adjudication = false) => new()
    {
        UnitId = "",
        AnnotatorId = who,
        Decision = kind,
        Adjudication = adjudication,
        DecidedAt = DateTimeOffset.UnixEpoch,
    };

    private static UnitRecord Unit(string id, string language, UnitKind kind, params DecisionRecord[] decisions) => new()
    {
        Unit = new ReviewUnit
        {
            Id = id,
            Queue = "q",
            Kind = kind,
            Language = language,
            Country = "KR",
            TopicId = "t",
            TopicName = "t",
            Controversial = true,
            Fields = [],
            ItemIds = [],
        },
        State = UnitState.Approved,
        Overlap = 2,
        Decisions = [.. decisions.Select(d => d with { UnitId = id })],
    };
}
