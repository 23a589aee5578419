using ValueAtlas.Core.Llm;

namespace ValueAtlas.Core.Tests.Llm;

public sealed class JsonAnswerTests
{
    [Theory]
    [InlineData("{\"a\": 1}", "{\"a\": 1}")]
    [InlineData("```json\n{\"a\": 1}\n```", "{\"a\": 1}")]
    [InlineData("```\n[1, 2]\n```\n설명: 위와 같습니다.", "[1, 2]")]
    [InlineData("답변: {\"a\": \"괄호 } 포함\"} 끝.", "{\"a\": \"괄호 } 포함\"}")]
    [InlineData("Sure! {not json} here it is: {\"a\": [1, {\"b\": 2}]} hope it helps", "{\"a\": [1, {\"b\": 2}]}")]
    [InlineData("{\"a\": 1,}", "{\"a\": 1,}")]
    [InlineData("｛“이름”：“사형제”，“설명”：“논쟁”｝", "{\"이름\":\"사형제\",\"설명\":\"논쟁\"}")]
    public void Extract_FindsTheJsonValue(string text, string expected)
    {
        Assert.True(JsonAnswer.TryExtract(text, out var value));
        Assert.Equal(System.Text.Json.JsonDocument.Parse(expected, new() { AllowTrailingCommas = true }).RootElement.GetRawText().Replace(" ", "", StringComparison.Ordinal), value.GetRawText().Replace(" ", "", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("")]
    [InlineData("잘 모르겠습니다.")]
    [InlineData("{\"a\": 1")]
    public void Extract_RefusesTextWithoutCompleteJson(string text) => Assert.False(JsonAnswer.TryExtract(text, out _));
}
