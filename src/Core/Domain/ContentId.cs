using System.Buffers.Binary;
using System.Security.Cryptography;
using System.Text;

namespace ValueAtlas.Core.Domain;

/// <summary>
/// Ids derived from content, so a re-run of any stage produces the same ids and a row is
/// never duplicated: writing the same content twice yields the same key, and deduplication
/// is a plain equality check. The id covers only the fields that say WHAT the item is, not
/// how it was made (model, prompt, cost) or later wording that may be edited.
///
/// Topic = country (alpha-2), language, name (normalised, case-folded), controversial.
///   The description is left out: it is regenerated freely and does not change the topic.
///   Controversial is in because the reference keeps the two lists apart even when names collide.
/// Question = topic id, language, text (normalised, case kept), original id.
///   The original id is in because the same sentence may paraphrase two different originals
///   and must then stay in both paraphrase groups. Options are left out: they are attached
///   after the question exists and may be reviewed and edited without renaming it.
///
/// Encoding: SHA-256 over a kind tag and length-prefixed UTF-8 fields, so ("ab","c") and
/// ("a","bc") differ and null differs from "". The first 64 bits are kept: at a million rows
/// the chance of any collision is about 3e-8. Changing the encoding changes every id, so it
/// is versioned in the kind tag.
/// </summary>
public static class ContentId
{
    public const string TopicPrefix = "t_";
    public const string QuestionPrefix = "q_";
    public const string ReviewUnitPrefix = "u_";

    private const int HexLength = 16;

    public static string ForTopic(string country, Language language, string name, bool controversial) =>
        Compute(
            TopicPrefix,
            "valueatlas/topic/v1",
            country.Trim().ToUpperInvariant(),
            language.Code,
            CanonicalText.Key(name),
            controversial ? "1" : "0");

    public static string ForTopic(Topic topic) =>
        ForTopic(topic.Country, topic.Language, topic.Name, topic.Controversial);

    public static string ForQuestion(string topicId, Language language, string text, string? originalId) =>
        Compute(
            QuestionPrefix,
            "valueatlas/question/v1",
            topicId,
            language.Code,
            CanonicalText.Normalise(text),
            originalId);

    public static string ForQuestion(Question question) =>
        ForQuestion(question.TopicId, question.Language, question.Text, question.OriginalId);

    /// <summary>
    /// A review unit = queue, unit kind and the ids of the items it shows, in order. The queue is
    /// in because the same items reviewed in two queues are two units with their own decisions.
    /// </summary>
    public static string ForReviewUnit(string queue, string kind, IReadOnlyList<string> memberIds) =>
        Compute(ReviewUnitPrefix, "valueatlas/review-unit/v1", [queue, kind, .. memberIds]);

    private static string Compute(string prefix, string kind, params ReadOnlySpan<string?> fields)
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        Append(hash, kind);
        foreach (var field in fields)
        {
            Append(hash, field);
        }

        var digest = hash.GetHashAndReset();
        return prefix + Convert.ToHexStringLower(digest)[..HexLength];
    }

    private static void Append(IncrementalHash hash, string? field)
    {
        Span<byte> header = stackalloc byte[5];
        if (field is null)
        {
            hash.AppendData(header[..1]);
            return;
        }

        var bytes = Encoding.UTF8.GetBytes(field);
        header[0] = 1;
        BinaryPrimitives.WriteInt32BigEndian(header[1..], bytes.Length);
        hash.AppendData(header);
        hash.AppendData(bytes);
    }
}
