namespace ValueAtlas.Formats.Tests.Stata;

/// <summary>Input for readstat: pspp syntax for a .sav, and CSV + JSON metadata, the path where readstat writes .a–.z.</summary>
internal static class StataFixtures
{
    /// <summary>
    /// A survey with labels on numeric variables only: readstat gives a string variable's value labels a table of
    /// code 0 in the .dta, on which its extract_metadata crashes.
    /// </summary>
    public const string NumericLabels = """
        SET LOCALE='UTF-8'.
        DATA LIST LIST /id (F4.0) name (A20) gender (F1.0) score (F5.2) trust (F2.0) region (A3).
        BEGIN DATA.
        1 "김민수" 1 4.50 1 "ab"
        2 "이영희" 9 99.99 8 "zz"
        3 "Kim" 2 . . "cd"
        4 "" . 1.25 3 ""
        END DATA.
        VARIABLE LABELS name '이름' trust '정부 신뢰' score '점수 (0–100)'.
        VALUE LABELS gender 1 '남자' 2 '여자' 9 '무응답' /trust 1 'low' 3 'high' 8 '모름'.
        MISSING VALUES gender (9) trust (8).
        SAVE OUTFILE='labels.sav'.
        """;

    /// <summary>trust's 8 and 9 are declared missing, so readstat stores them as .a and .b and moves their labels there.</summary>
    public const string TaggedCsv = """
        id,name,trust,score
        1,김민수,1,4.5
        2,이영희,8,
        3,Kim,9,-2
        4,,,1e10
        5,"쉼표, 있음",2,0.25
        """;

    public const string TaggedMetadata = """
        {"type": "STATA",
          "variables": [
            {"type": "NUMERIC", "name": "id", "format": "NUMBER", "decimals": 0},
            {"type": "STRING", "name": "name", "label": "이름"},
            {"type": "NUMERIC", "name": "trust", "label": "정부 신뢰",
             "categories": [{"code": 1, "label": "낮음"}, {"code": 2, "label": "높음"}, {"code": 8, "label": "모름"}, {"code": 9, "label": "거절"}],
             "missing": {"type": "DISCRETE", "values": [8, 9]}},
            {"type": "NUMERIC", "name": "score", "label": "점수"}]}
        """;
}
