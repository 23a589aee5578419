namespace ValueAtlas.Evaluation.Report.Model;

/// <summary>Which language leads in headings and labels; the other follows it, so the report reads in both.</summary>
public enum ReportLanguage
{
    Ko,
    En,
}
