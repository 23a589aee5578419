using ValueAtlas.Evaluation.Prompts;
using ValueAtlas.Evaluation.Report.Model;
using ValueAtlas.Evaluation.Report.Sections;
using ValueAtlas.Evaluation.Tables;

namespace ValueAtlas.Evaluation.Report.Loading;

/// <summary>
/// Which models are base models: evaluate asks a base model (provider openai-completions) through the completion
/// template, so its rows' prompt_template_id names <c>completion.*</c>; a model whose name contains "base" counts too
/// (a judge-free way to mark one asked some other way).
/// </summary>
public static class ModelKinds
{
    public static async Task<IReadOnlyDictionary<string, ModelKind>> ReadAsync(IEnumerable<string> distributionTables, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(distributionTables);
        var kinds = new SortedDictionary<string, ModelKind>(StringComparer.Ordinal);
        foreach (var path in distributionTables)
        {
            await foreach (var rows in LongTable.ReadAsync(path, ["model"], DistributionTable.What, cancellationToken).ConfigureAwait(false))
            {
                for (var row = 0; row < rows.Count; row++)
                {
                    var model = rows.RequiredText("model", row);
                    if (IsCompletion(rows.Text("prompt_template_id", row)) || NameSaysBase(model))
                    {
                        kinds[model] = ModelKind.Base;
                    }
                    else
                    {
                        kinds.TryAdd(model, ModelKind.Chat);
                    }
                }
            }
        }

        return kinds;
    }

    public static bool NameSaysBase(string model)
    {
        ArgumentNullException.ThrowIfNull(model);
        return model.Contains("base", StringComparison.OrdinalIgnoreCase);
    }

    private static bool IsCompletion(string? templateId) =>
        templateId is not null && TemplateIds.Split([templateId]).Any(t => t.Template.StartsWith(EvalTemplateKinds.Completion + ".", StringComparison.Ordinal));
}
