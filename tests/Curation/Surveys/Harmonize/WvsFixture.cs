using System.Globalization;
using System.Text;

namespace ValueAtlas.Curation.Tests.Surveys.Harmonize;

/// <summary>
/// A WVS-shaped respondent file written by pspp: B_COUNTRY with value labels (999 maps to no country), weights with
/// a 0 and a system-missing one, D_INTERVIEW, and three questions with Korean value labels, missing codes declared in
/// the file (discrete and a range) and others only in the crosswalk, a code no crosswalk covers (Q1 7), a dropped
/// code (Q46 5) and a question Japan was not asked (Q46 −4). Saved as .sav, .zsav and, by readstat, .csv.
/// </summary>
internal static class WvsFixture
{
    public const int Rows = 600;

    public static string Crosswalk(string name) => RepoRoot.File("tests", "Curation", "Surveys", "Harmonize", "Crosswalks", name);

    /// <summary>Writes wvs.sav and wvs.zsav (and, for UTF-8, readstat's wvs.csv) into the folder.</summary>
    public static async Task WriteAsync(TempDirectory directory, string locale = "UTF-8", string? truncatedRowWeight = null)
    {
        directory.Write("make.sps", Syntax(locale, truncatedRowWeight));
        await ExternalTool.RunAsync("pspp", directory.Path, "-O", "format=txt", "-o", "make.log", "make.sps");
        Assert.DoesNotContain("error", File.ReadAllText(directory.File("make.log")), StringComparison.OrdinalIgnoreCase);
        if (locale == "UTF-8")
        {
            // readstat writes the CSV both the CSV input and the DuckDB oracle read.
            await ExternalTool.RunAsync("readstat", directory.Path, "wvs.sav", "wvs.csv");
            // And the Stata file, so the .dta adapter is checked against the same oracle.
            await ExternalTool.RunAsync("readstat", directory.Path, "wvs.sav", "wvs.dta");
        }
    }

    public static string Syntax(string locale, string? lastWeight)
    {
        var random = new Random(20261202);
        int[] countries = [410, 410, 410, 410, 410, 410, 410, 410, 840, 840, 840, 840, 840, 392, 392, 392, 276, 276, 276, 999];
        string[] weights = ["0.5", "1.25", "0.8", "2", "1.1234", "0.3333", "1"];
        string[] q1 = ["1", "2", "3", "4", "1", "2", "-1", "-2", "-5", "7"];
        string[] q2 = ["1", "2", "3", "4", "8", "-1", ".", "-3"];
        string[] q46 = ["1", "2", "3", "5", "-2", "1", "2"];
        var data = new StringBuilder();
        for (var i = 0; i < Rows; i++)
        {
            var country = countries[random.Next(countries.Length)];
            var weight = i switch
            {
                4 or 10 => "0",
                6 => ".",
                Rows - 1 when lastWeight is not null => lastWeight,
                _ => weights[random.Next(weights.Length)],
            };
            var happy = country == 392 ? "-4" : q46[random.Next(q46.Length)];
            data.Append(CultureInfo.InvariantCulture, $"{country} {100001 + i} {weight} {q1[random.Next(q1.Length)]} {q2[random.Next(q2.Length)]} {happy}\n");
        }

        return $"""
            SET LOCALE='{locale}'.
            DATA LIST LIST /B_COUNTRY (F3.0) D_INTERVIEW (F9.0) W_WEIGHT (F8.4) Q1 (F2.0) Q2 (F2.0) Q46 (F2.0).
            BEGIN DATA.
            {data}END DATA.
            VARIABLE LABELS B_COUNTRY 'ISO 3166-1 numeric country code' Q1 '삶에서 중요한 것: 가족' Q46 '행복감'.
            VALUE LABELS B_COUNTRY 410 'South Korea' 840 'United States' 392 'Nippon' 276 'Germany' 999 'Atlantis'
              /Q1 1 '매우 중요' 2 '중요' 3 '별로 중요하지 않음' 4 '전혀 중요하지 않음' 7 '코드북에 없음' -1 '모름' -2 '무응답' -5 '기타 누락'
              /Q46 1 '매우 행복' 2 '꽤 행복' 3 '별로 행복하지 않음' 5 '제외' -2 '무응답' -4 '질문하지 않음'.
            MISSING VALUES Q1 (-5, -2, -1) /Q2 Q46 (-5 THRU -1).
            SAVE OUTFILE='wvs.sav' /COMPRESSED.
            SAVE OUTFILE='wvs.zsav' /ZCOMPRESSED.
            """;
    }
}
