using System.Globalization;
using ValueAtlas.Evaluation.Metrics;

namespace ValueAtlas.Evaluation.Report.Sections;

/// <summary>How the report prints numbers: invariant culture, three decimals for scores, thousands separators for counts.</summary>
public static class ReportNumbers
{
    private static readonly CultureInfo Invariant = CultureInfo.InvariantCulture;

    public static string Score(double value) => value.ToString("0.000", Invariant);

    public static string Ci(ConfidenceInterval ci)
    {
        ArgumentNullException.ThrowIfNull(ci);
        return $"[{Score(ci.Low)}, {Score(ci.High)}]";
    }

    public static string Count(long value) => value.ToString("#,0", Invariant);

    public static string Cost(decimal value) => value.ToString("0.0000", Invariant);

    public static string Rank(int rank, int of) => $"{rank.ToString(Invariant)} / {of.ToString(Invariant)}";

    public static string Plain(double value) => value.ToString("0.0##", Invariant);
}
