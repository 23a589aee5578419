using ValueAtlas.Curation.Review.Web;

namespace ValueAtlas.Curation.Tests.Review.Web;

public sealed class SafeMarkdownTests
{
    [Fact]
    public void Headings_lists_bold_code_and_paragraphs_become_html()
    {
        var html = SafeMarkdown.ToHtml("""
            # 주제 검토

            첫 문단은
            두 줄입니다.

            - **승인**: 좋음
            - `off-topic`

            1. 하나
            2. 둘
            ## 끝
            """);

        Assert.Equal(
            """
            <h1>주제 검토</h1>
            <p>첫 문단은 두 줄입니다.</p>
            <ul>
            <li><strong>승인</strong>: 좋음</li>
            <li><code>off-topic</code></li>
            </ul>
            <ol>
            <li>하나</li>
            <li>둘</li>
            </ol>
            <h2>끝</h2>

            """.ReplaceLineEndings("\n"),
            html);
    }

    [Theory]
    [InlineData("<script>alert(1)</script>", "<p>&lt;script&gt;alert(1)&lt;/script&gt;</p>\n")]
    [InlineData("- <img src=x onerror=\"alert(1)\">", "<ul>\n<li>&lt;img src=x onerror=&quot;alert(1)&quot;&gt;</li>\n</ul>\n")]
    [InlineData("**<b>**", "<p><strong>&lt;b&gt;</strong></p>\n")]
    [InlineData("`<i>` & 'x'", "<p><code>&lt;i&gt;</code> &amp; &#39;x&#39;</p>\n")]
    [InlineData("# <a href=\"javascript:x\">", "<h1>&lt;a href=&quot;javascript:x&quot;&gt;</h1>\n")]
    public void Markup_in_the_source_is_escaped_before_any_tag_is_added(string markdown, string expected)
    {
        Assert.Equal(expected, SafeMarkdown.ToHtml(markdown));
    }
}
