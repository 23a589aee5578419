namespace ValueAtlas.Core.Domain;

/// <summary>Edit distance between a lookup and the registry's codes, names and aliases (all as NameKey).</summary>
internal static class CountryDistance
{
    public static IReadOnlyList<Country> Closest(IReadOnlyList<Country> countries, string key, int count)
    {
        if (key.Length == 0)
        {
            return [];
        }

        // A third of the length, at least one edit: "KRR" finds KR, "Sout Korea" finds KR. Among equally near
        // ones the longer common start wins, so KRR is KR before KIR (Kiribati).
        var limit = Math.Max(1, key.Length / 3);
        return countries
            .Select(c => (Country: c, Nearest: Keys(c).Select(k => (Distance: Levenshtein(key, k, limit), Prefix: -CommonPrefix(key, k))).Min()))
            .Where(x => x.Nearest.Distance <= limit)
            .OrderBy(x => x.Nearest)
            .Take(count)
            .Select(x => x.Country)
            .ToList();
    }

    private static IEnumerable<string> Keys(Country country) =>
        new[] { country.Alpha2, country.Alpha3 }.Concat(country.Names.Values).Concat(country.Aliases).Select(CountryRegistry.NameKey);

    private static int CommonPrefix(string a, string b)
    {
        var n = 0;
        while (n < a.Length && n < b.Length && a[n] == b[n])
        {
            n++;
        }

        return n;
    }

    /// <summary>Levenshtein distance, or anything above <paramref name="limit"/> once it is sure to exceed it.</summary>
    private static int Levenshtein(string a, string b, int limit)
    {
        if (Math.Abs(a.Length - b.Length) > limit)
        {
            return limit + 1;
        }

        var previous = new int[b.Length + 1];
        var current = new int[b.Length + 1];
        for (var j = 0; j <= b.Length; j++)
        {
            previous[j] = j;
        }

        for (var i = 1; i <= a.Length; i++)
        {
            current[0] = i;
            for (var j = 1; j <= b.Length; j++)
            {
                var substitution = previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1);
                current[j] = Math.Min(substitution, Math.Min(previous[j], current[j - 1]) + 1);
            }

            (previous, current) = (current, previous);
        }

        return previous[b.Length];
    }
}
