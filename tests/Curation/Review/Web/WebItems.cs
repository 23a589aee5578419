using ValueAtlas.Core.Domain;

namespace ValueAtlas.Curation.Tests.Review.Web;

/// <summary>Items for the web tests: the Korean sample, and model output that tries to run script in the page.</summary>
public static class WebItems
{
    public const string ScriptText = "<script>window.__xss=1</script>";
    public const string ImageText = "<img src=x onerror=\"window.__xss=1\">";

    public static IReadOnlyList<Question> Korean() => SampleItems.Korean();

    /// <summary>One Korean original whose question, English text, option and topic name all carry markup.</summary>
    public static IReadOnlyList<Question> Hostile()
    {
        var topicId = ContentId.ForTopic("KR", Language.Korean, ImageText, controversial: true);
        var row = SampleItems.Row(
            topicId, Language.Korean, ScriptText + " 사형제를 폐지해야 합니까? " + ImageText, ImageText + " Should it be abolished?", null, false, null,
            ImageText, Stance.Opposes, "아니오", Stance.Supports) with
        {
            TopicName = ImageText,
        };
        return [row with { Id = ContentId.ForQuestion(row) }];
    }
}
