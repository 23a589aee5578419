using ValueAtlas.Core.Config;

namespace ValueAtlas.Curation.Review.Config;

/// <summary>The rules of review.yaml, each naming the YAML path it is about.</summary>
public static class ReviewConfigValidator
{
    public static IEnumerable<(string Path, string Message)> Problems(ReviewConfig config)
    {
        // `store:` or a list entry written with nothing under it reads as null.
        var store = config.Store ?? new StoreSection();
        if ((store.Sqlite is null) == (store.PostgresEnv is null))
        {
            yield return ("store", "set exactly one of store.sqlite (a file) and store.postgres_env (the name of a variable holding a connection string)");
        }

        if (store.PostgresEnv is { } env && !EnvironmentVariableName.IsValid(env))
        {
            yield return ("store.postgres_env", $"'{env}' is not an environment variable name; give the NAME of the variable, not the connection string");
        }

        if (config.LeaseMinutes is < 1 or > 24 * 60)
        {
            yield return ("lease_minutes", "must be between 1 and 1440");
        }

        if (config.SpreadsheetLeaseDays is < 1 or > 365)
        {
            yield return ("spreadsheet_lease_days", "must be between 1 and 365");
        }

        var reasons = config.RejectReasons ?? [];
        if (config.RejectReasons is { Count: 0 })
        {
            yield return ("reject_reasons", "needs at least one reason (or leave it out for the built-in list)");
        }

        var seen = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < reasons.Count; i++)
        {
            var r = reasons[i];
            if (r is null)
            {
                yield return ($"reject_reasons[{i}]", "is empty: give code, ko and en");
                continue;
            }

            if (string.IsNullOrWhiteSpace(r.Code) || r.Code.Any(c => char.IsWhiteSpace(c) || c == ','))
            {
                yield return ($"reject_reasons[{i}].code", "needs a code without spaces or commas (e.g. off-topic)");
            }
            else if (!seen.Add(r.Code))
            {
                yield return ($"reject_reasons[{i}].code", $"'{r.Code}' is listed twice");
            }

            if (string.IsNullOrWhiteSpace(r.Ko) || string.IsNullOrWhiteSpace(r.En))
            {
                yield return ($"reject_reasons[{i}]", "needs both ko and en labels");
            }
        }
    }
}
