using System.Globalization;

namespace ValueAtlas.Curation.Tests.Surveys.Crosswalks;

/// <summary>The shipped WVS-7 codebook CSV read directly: variable → its numeric codes and labels, in file order.</summary>
internal static class WvsCodebook
{
    public static Dictionary<string, List<(int Code, string Label)>> Read()
    {
        var rows = CsvRows.Parse(File.ReadAllText(RepoRoot.File("datasets", "surveys", "sources", "wvs7", "codebook.csv")));
        Assert.Equal("variable,label,type,code,code_label", string.Join(',', rows[0]));
        var variables = new Dictionary<string, List<(int, string)>>(StringComparer.Ordinal);
        var order = new List<string>();
        foreach (var row in rows.Skip(1))
        {
            var variable = row[0]!;
            if (!variables.TryGetValue(variable, out var codes))
            {
                variables[variable] = codes = [];
                order.Add(variable);
            }

            if (int.TryParse(row[3], NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var code))
            {
                codes.Add((code, row[4] ?? ""));
            }
        }

        // Q-variables only, in codebook order, the way the generator walks them.
        return order.Where(v => v.StartsWith('Q') && v.Length > 1 && char.IsAsciiDigit(v[1]))
            .ToDictionary(v => v, v => variables[v], StringComparer.Ordinal)
            .Concat(order.Where(v => v == "B_COUNTRY").Select(v => KeyValuePair.Create(v, variables[v])))
            .ToDictionary(StringComparer.Ordinal);
    }
}
