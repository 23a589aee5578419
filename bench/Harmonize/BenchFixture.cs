using System.Globalization;
using System.Text;

namespace ValueAtlas.Bench.Harmonize;

/// <summary>
/// A WVS-sized file made by pspp (cases × questions, B_COUNTRY as ISO 3166 numeric codes of the first countries of
/// the built-in registry with their names as value labels, weights with some zeros, answers −2…4 where −1/−2 are
/// missing codes and 0 is a code no option covers) and its crosswalk (codes: iso_numeric, as WVS-7's).
/// </summary>
internal static class BenchFixture
{
    public static string Syntax(int cases, int questions, IReadOnlyList<(int Numeric, string Name)> countries) => $"""
        SET SEED=20261202.
        INPUT PROGRAM.
        LOOP #i = 1 TO {cases}.
        COMPUTE D_INTERVIEW = #i.
        COMPUTE #k = TRUNC(UNIFORM({countries.Count})).
        RECODE #k {string.Join(" ", countries.Select((c, k) => $"({k}={c.Numeric})"))} INTO B_COUNTRY.
        COMPUTE W_WEIGHT = RND(UNIFORM(1.5) * 10000) / 10000 + 0.25.
        IF (MOD(#i, 997) = 0) W_WEIGHT = 0.
        END CASE.
        END LOOP.
        END FILE.
        END INPUT PROGRAM.
        FORMATS B_COUNTRY (F3.0) D_INTERVIEW (F8.0) W_WEIGHT (F8.4).
        NUMERIC Q1 TO Q{questions} (F2.0).
        DO REPEAT x = Q1 TO Q{questions}.
        COMPUTE x = TRUNC(UNIFORM(7)) - 2.
        END REPEAT.
        VALUE LABELS B_COUNTRY {string.Join(" ", countries.Select(c => $"{c.Numeric} '{c.Name.Replace("'", "''", StringComparison.Ordinal)}'"))}.
        VALUE LABELS Q1 TO Q{questions} 1 '매우 그렇다' 2 '그렇다' 3 '아니다' 4 '전혀 아니다' -1 '모름' -2 '무응답'.
        MISSING VALUES Q1 TO Q{questions} (-5 THRU -1).
        SAVE OUTFILE='wvs.sav' /COMPRESSED.
        """;

    public static string Crosswalk(int questions)
    {
        var yaml = new StringBuilder("""
            source: bench
            wave: "1"
            codebook: bench/Harmonize generated file
            country: { variable: B_COUNTRY, codes: iso_numeric }
            weight: W_WEIGHT
            respondent_id: D_INTERVIEW
            missing:
              - { code: -1, meaning: dont_know }
              - { code: -2, meaning: refused }
            questions:

            """);
        for (var q = 1; q <= questions; q++)
        {
            yaml.Append(CultureInfo.InvariantCulture, $"""
                  - id: Q{q}
                    text: {"{"} en: Question {q} {"}"}
                    ordinal: true
                    options:
                      - {"{"} codes: [1], en: Strongly agree, position: 1 {"}"}
                      - {"{"} codes: [2], en: Agree, position: 2 {"}"}
                      - {"{"} codes: [3], en: Disagree, position: 3 {"}"}
                      - {"{"} codes: [4], en: Strongly disagree, position: 4 {"}"}

                """);
        }

        return yaml.ToString();
    }
}
