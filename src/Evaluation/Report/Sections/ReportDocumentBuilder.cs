using ValueAtlas.Evaluation.Report.Document;
using ValueAtlas.Evaluation.Report.Model;

namespace ValueAtlas.Evaluation.Report.Sections;

/// <summary>Lays out the report's five sections from the computed metrics, in the order the issue asks for.</summary>
public static class ReportDocumentBuilder
{
    public static ReportDocument Build(ReportData data)
    {
        ArgumentNullException.ThrowIfNull(data);
        var lead = new BiText(
            "두 가지 질문에 답합니다: 각 모델은 가치 질문에 얼마나 일관적으로 답하는가 (ValueConsistency), 그리고 그 답은 다른 나라보다 한국 응답자와 얼마나 비슷한가 (GlobalOpinionQA). 모든 수치에 95% 신뢰구간을 붙였습니다.",
            "Two questions answered: how consistently each model answers value questions (ValueConsistency), and how similar its answers are to Korean respondents' compared with other countries' (GlobalOpinionQA). Every number carries a 95% confidence interval.");
        return new ReportDocument(
            BiText.Same(data.Title),
            data.Language,
            lead,
            [
                AnswerSection.Build(data),
                CountrySection.Build(data),
                ConsistencySection.Build(data),
                SteerabilitySection.Build(data),
                ProvenanceSection.Build(data),
            ]);
    }
}
