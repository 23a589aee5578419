using System.Text;
using System.Text.RegularExpressions;
using ValueAtlas.Core.Domain;

namespace ValueAtlas.Core.Tests.Domain;

public sealed class ContentIdTests
{
    [Fact]
    public void Ids_have_prefix_and_sixteen_lowercase_hex_digits()
    {
        Assert.Matches(new Regex("^t_[0-9a-f]{16}$"), ContentId.ForTopic("KR", Language.Korean, "사형제", true));
        Assert.Matches(new Regex("^q_[0-9a-f]{16}$"), ContentId.ForQuestion("t_0", Language.Korean, "질문?", null));
    }

    [Fact]
    public void Topic_id_is_pinned_so_a_change_in_encoding_is_noticed()
    {
        // Every released row carries these ids; if this value changes, old and new runs no longer deduplicate.
        var id = ContentId.ForTopic("KR", Language.Korean, "사형제", controversial: true);

        Assert.Equal(id, ContentId.ForTopic("KR", Language.Korean, "사형제", controversial: true));
        Assert.Equal(PinnedTopicId, id);
    }

    [Fact]
    public void Same_topic_in_other_unicode_form_spacing_or_case_gets_same_id()
    {
        var composed = ContentId.ForTopic("KR", Language.Korean, "사형제", true);
        var decomposed = ContentId.ForTopic("kr", Language.Korean, "  " + "사형제".Normalize(NormalizationForm.FormD) + "\n", true);
        var english = ContentId.ForTopic("US", Language.English, "Death  penalty", true);

        Assert.Equal(composed, decomposed);
        Assert.Equal(english, ContentId.ForTopic("US", Language.English, "death penalty", true));
    }

    [Fact]
    public void Each_identifying_topic_field_changes_the_id()
    {
        var baseline = ContentId.ForTopic("KR", Language.Korean, "사형제", true);

        Assert.NotEqual(baseline, ContentId.ForTopic("JP", Language.Korean, "사형제", true));
        Assert.NotEqual(baseline, ContentId.ForTopic("KR", Language.Japanese, "사형제", true));
        Assert.NotEqual(baseline, ContentId.ForTopic("KR", Language.Korean, "사형 제도", true));
        Assert.NotEqual(baseline, ContentId.ForTopic("KR", Language.Korean, "사형제", false));
    }

    [Fact]
    public void Each_identifying_question_field_changes_the_id()
    {
        var baseline = ContentId.ForQuestion("t_1", Language.Korean, "찬성하십니까?", null);

        Assert.Equal(baseline, ContentId.ForQuestion("t_1", Language.Korean, " 찬성하십니까? ", null));
        Assert.NotEqual(baseline, ContentId.ForQuestion("t_2", Language.Korean, "찬성하십니까?", null));
        Assert.NotEqual(baseline, ContentId.ForQuestion("t_1", Language.Chinese, "찬성하십니까?", null));
        Assert.NotEqual(baseline, ContentId.ForQuestion("t_1", Language.Korean, "반대하십니까?", null));
        Assert.NotEqual(baseline, ContentId.ForQuestion("t_1", Language.Korean, "찬성하십니까?", "q_1"));
        Assert.NotEqual(baseline, ContentId.ForQuestion("t_1", Language.Korean, "찬성하십니까?", ""));
    }

    [Fact]
    public void Field_boundaries_are_part_of_the_hash()
    {
        Assert.NotEqual(
            ContentId.ForQuestion("t_1", Language.Korean, "ab", "c"),
            ContentId.ForQuestion("t_1", Language.Korean, "a", "bc"));
    }

    [Fact]
    public void Question_id_ignores_options_and_provenance()
    {
        var question = SampleRows.Question();
        var edited = question with
        {
            Options = [new AnswerOption { Text = "네", Stance = Stance.Supports }],
            Provenance = question.Provenance with { Model = "other" },
        };

        Assert.Equal(question.Id, ContentId.ForQuestion(question));
        Assert.Equal(question.Id, ContentId.ForQuestion(edited));
    }

    private const string PinnedTopicId = "t_72a7377f6de1a09b";
}
