using ValueAtlas.Evaluation.Report.Document;
using ValueAtlas.Evaluation.Report.Model;
using ValueAtlas.Evaluation.Run;

namespace ValueAtlas.Evaluation.Report.Sections;

/// <summary>
/// Section 5: where the numbers come from: inputs and their hashes, models, endpoints (host and path only, never a
/// key), prompt templates and their hashes, queries, uncovered mass, cost, and the command that rebuilds the report.
/// </summary>
public static class ProvenanceSection
{
    public const string Id = "provenance";

    public static ReportSection Build(ReportData data)
    {
        ArgumentNullException.ThrowIfNull(data);
        var provenance = data.Provenance;
        var blocks = new List<ReportBlock>
        {
            new ReportParagraph(new BiText(
                $"설정: 유사도 {SimilarityName(data.Settings)}, 로그 밑 {AnswerSection.LogBaseName(data.Settings.LogBase)}, 부트스트랩 {ReportNumbers.Count(data.Settings.Resamples)}회, 시드 {data.Settings.Seed}.",
                $"Settings: similarity {SimilarityName(data.Settings)}, log base {AnswerSection.LogBaseName(data.Settings.LogBase)}, {ReportNumbers.Count(data.Settings.Resamples)} bootstrap resamples, seed {data.Settings.Seed}.")),
        };
        if (provenance.Results.Count == 0)
        {
            blocks.Add(new ReportNote(new BiText("평가 결과 폴더가 없습니다.", "No results folder.")));
        }

        var summaries = provenance.Results.Select(r => r.Summary).ToList();
        if (summaries.Count > 0)
        {
            blocks.Add(new ReportSubheading(new BiText("입력 데이터", "Inputs")));
            blocks.Add(Inputs(provenance));
            blocks.Add(new ReportSubheading(new BiText("모델, 질의, 비용", "Models, queries and cost")));
            blocks.Add(Models(data, summaries));
            blocks.Add(new ReportSubheading(new BiText("엔드포인트", "Endpoints")));
            blocks.Add(Endpoints(summaries));
            blocks.Add(new ReportSubheading(new BiText("프롬프트 템플릿", "Prompt templates")));
            blocks.Add(Templates(summaries));
        }

        blocks.Add(new ReportSubheading(new BiText("설문 데이터", "Survey data")));
        blocks.Add(provenance.Surveys is { } surveys
            ? new ReportTable("provenance-surveys", null,
                [new BiText("폴더", "Folder"), new BiText("출처", "Sources"), ReportColumns.Questions, new BiText("국가", "Countries"), BiText.Same("distributions SHA-256")],
                [new ReportRow([surveys.Folder, string.Join(", ", surveys.Sources), ReportNumbers.Count(surveys.Questions), ReportNumbers.Count(surveys.Countries), surveys.DistributionsSha256 ?? "–"])],
                NumericFrom: 2)
            : new ReportNote(new BiText("--surveys 가 주어지지 않았습니다.", "No --surveys was given.")));
        blocks.Add(new ReportSubheading(new BiText("재현 명령", "The command that rebuilds this report")));
        blocks.Add(new ReportCode(provenance.CommandLine));
        return new ReportSection(Id, new BiText("5. 출처와 재현", "5. Provenance"), blocks);
    }

    private static ReportTable Inputs(ReportProvenance provenance) => new(
        "provenance-inputs",
        new BiText("데이터셋은 입력 파일의 SHA-256 으로 식별합니다.", "The dataset is identified by its input file's SHA-256."),
        [new BiText("결과 폴더", "Results folder"), new BiText("실행", "Run"), ReportColumns.Kind, new BiText("입력", "Input"), BiText.Same("SHA-256"), new BiText("프로브", "Probes"), new BiText("건너뜀", "Skipped")],
        [
            .. provenance.Results.SelectMany(r => r.Summary.Runs.Select(run => new ReportRow(
            [
                r.Folder,
                run.Run,
                run.Kind,
                ShortPath(run.Input),
                run.InputSha256,
                ReportNumbers.Count(run.Probes),
                ReportNumbers.Count(run.SkippedByReason.Values.Sum()),
            ]))),
        ],
        NumericFrom: 5);

    private static ReportTable Models(ReportData data, IReadOnlyList<EvaluationSummary> summaries)
    {
        var lines = summaries.SelectMany(s => s.Models).ToList();
        var rows = lines.Select(m => new ReportRow(
        [
            m.Model,
            m.Run,
            m.JudgeOf is null ? AnswerSection.KindName(data, m.Model) : $"judge of {m.JudgeOf}",
            m.Method,
            ReportNumbers.Count(m.Queries),
            ReportNumbers.Count(m.FailedQueries),
            ReportNumbers.Count(m.Calls),
            ReportNumbers.Count(m.CacheHits),
            ReportNumbers.Count(m.InputTokens + m.OutputTokens),
            ReportNumbers.Cost(m.Cost),
            $"{ReportNumbers.Score(m.UncoveredMass.Mean)} / {ReportNumbers.Score(m.UncoveredMass.Median)} / {ReportNumbers.Score(m.UncoveredMass.P90)} / {ReportNumbers.Score(m.UncoveredMass.Max)}",
            ReportNumbers.Count(m.UncoveredMass.NoOptionMass),
        ])).ToList();
        rows.Add(new ReportRow(
        [
            "합계 · total", "", "", "",
            ReportNumbers.Count(lines.Sum(m => m.Queries)),
            ReportNumbers.Count(lines.Sum(m => m.FailedQueries)),
            ReportNumbers.Count(lines.Sum(m => m.Calls)),
            ReportNumbers.Count(lines.Sum(m => m.CacheHits)),
            ReportNumbers.Count(lines.Sum(m => m.InputTokens + m.OutputTokens)),
            ReportNumbers.Cost(lines.Sum(m => m.Cost)),
            "", ReportNumbers.Count(lines.Sum(m => m.UncoveredMass.NoOptionMass)),
        ], Highlight: true));
        return new ReportTable(
            "provenance-models",
            new BiText("미포함 확률질량: 평균 / 중앙값 / p90 / 최대; 선택지에 질량이 없는 질의 수.", "Uncovered mass: mean / median / p90 / max; queries with no mass on any option."),
            [ReportColumns.Model, new BiText("실행", "Run"), ReportColumns.Kind, new BiText("방법", "Method"), new BiText("질의", "Queries"), new BiText("실패", "Failed"), new BiText("호출", "Calls"), new BiText("캐시", "Cache hits"), new BiText("토큰", "Tokens"), new BiText("비용", "Cost"), new BiText("미포함 질량", "Uncovered mass"), new BiText("질량 없음", "No option mass")],
            rows,
            NumericFrom: 4);
    }

    private static ReportBlock Endpoints(IReadOnlyList<EvaluationSummary> summaries)
    {
        var replicas = summaries.SelectMany(s => s.Replicas).ToList();
        if (replicas.Count == 0)
        {
            return new ReportNote(new BiText(
                "evaluate.json 은 여러 엔드포인트를 가진 모델의 복제본만 기록합니다; 여기에는 없습니다. 키와 헤더는 어디에도 기록되지 않습니다.",
                "evaluate.json records endpoints only for models with several replicas; there are none here. Keys and headers are never recorded."));
        }

        return new ReportTable(
            "provenance-endpoints",
            new BiText("호스트와 경로만 표시합니다 (키, 사용자 정보, 쿼리 문자열 제외).", "Host and path only (no key, user info or query string)."),
            [ReportColumns.Model, new BiText("엔드포인트", "Endpoint"), new BiText("호출", "Calls"), new BiText("실패", "Failures"), new BiText("휴식", "Rests")],
            [.. replicas.Select(r => new ReportRow([r.Model, EndpointText.Of(r.Endpoint), ReportNumbers.Count(r.Calls), ReportNumbers.Count(r.Failures), ReportNumbers.Count(r.Rests)]))],
            NumericFrom: 2);
    }

    private static ReportBlock Templates(IReadOnlyList<EvaluationSummary> summaries)
    {
        var templates = TemplateIds.Split(summaries.SelectMany(s => s.PromptTemplates));
        return templates.Count == 0
            ? new ReportNote(new BiText("템플릿 기록 없음.", "No template recorded."))
            : new ReportTable(
                "provenance-templates",
                new BiText("템플릿 id 와 그 본문의 해시.", "Template ids and the hash of their text."),
                [new BiText("템플릿", "Template"), new BiText("본문 해시", "Text hash")],
                [.. templates.Select(t => new ReportRow([t.Template, t.Hash]))],
                NumericFrom: 2);
    }

    // Keeps the dataset's own folders (name/version/file) and drops where it sat on the machine that ran evaluate.
    private static string ShortPath(string path)
    {
        var parts = path.Replace('\\', '/').Split('/', StringSplitOptions.RemoveEmptyEntries);
        return string.Join('/', parts.TakeLast(3));
    }

    private static string SimilarityName(ReportSettings settings) => settings.SimilarityMeasure switch
    {
        Metrics.SimilarityMeasure.JsDivergence => "1 − JS divergence",
        Metrics.SimilarityMeasure.Wasserstein => "1 − W1 / (max − min)",
        _ => "1 − JS distance",
    };
}
