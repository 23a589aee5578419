using System.Globalization;
using System.Text;
using ValueAtlas.Evaluation.Run;

namespace ValueAtlas.Cli.Commands.Evaluate;

/// <summary>The dry run's table: one line per model and run, then the totals.</summary>
internal static class PlanText
{
    public static string Describe(IReadOnlyList<PlannedCalls> plan)
    {
        var text = new StringBuilder();
        var culture = CultureInfo.InvariantCulture;
        text.AppendLine(culture, $"{"model",-20} {"run",-20} {"kind",-8} {"method",-20} {"probes",8} {"queries",9} {"calls",9} {"tokens in",11} {"tokens out",11} {"est. cost",10}");
        foreach (var p in plan)
        {
            text.AppendLine(culture, $"{p.Model,-20} {p.Run,-20} {p.Kind,-8} {p.Method,-20} {p.Probes,8} {p.Queries,9} {p.Calls,9} {p.InputTokens,11} {p.OutputTokens,11} {p.Cost,10:0.####}");
        }

        text.AppendLine(culture, $"total: {plan.Sum(p => p.Calls)} calls, about {plan.Sum(p => p.InputTokens)} tokens in and {plan.Sum(p => p.OutputTokens)} out, estimated cost {plan.Sum(p => p.Cost):0.####} (cache hits not subtracted)");
        return text.ToString();
    }
}
