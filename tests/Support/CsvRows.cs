using System.Text;

namespace ValueAtlas.Testing;

/// <summary>Parses the CSV readstat and pspp-convert write. An unquoted empty field is null (readstat's system-missing).</summary>
public static class CsvRows
{
    public static List<string?[]> Parse(string text)
    {
        var rows = new List<string?[]>();
        var row = new List<string?>();
        var field = new StringBuilder();
        var quoted = false;
        var wasQuoted = false;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (quoted)
            {
                if (c == '"' && i + 1 < text.Length && text[i + 1] == '"')
                {
                    field.Append('"');
                    i++;
                }
                else if (c == '"')
                {
                    quoted = false;
                }
                else
                {
                    field.Append(c);
                }
            }
            else if (c == '"')
            {
                quoted = true;
                wasQuoted = true;
            }
            else if (c is ',' or '\n')
            {
                row.Add(field.Length == 0 && !wasQuoted ? null : field.ToString());
                field.Clear();
                wasQuoted = false;
                if (c == '\n')
                {
                    rows.Add([.. row]);
                    row.Clear();
                }
            }
            else if (c != '\r')
            {
                field.Append(c);
            }
        }

        if (field.Length > 0 || wasQuoted || row.Count > 0)
        {
            row.Add(field.Length == 0 && !wasQuoted ? null : field.ToString());
            rows.Add([.. row]);
        }

        return rows;
    }
}
