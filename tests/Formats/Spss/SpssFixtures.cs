namespace ValueAtlas.Formats.Tests.Spss;

/// <summary>pspp syntax for the test files: Korean text, labels, every kind of missing value, long and very long strings.</summary>
internal static class SpssFixtures
{
    // 298 bytes of UTF-8: the 255-byte segment boundary of the A300 variable falls inside a Hangul syllable.
    public static readonly string VeryLong = "a" + string.Concat(Enumerable.Repeat("가", 99));

    public static string Survey(string extra = "") => $"""
        SET LOCALE='UTF-8'.
        DATA LIST LIST /id (F4.0) name (A20) gender (F1.0) score (F5.2) income (F8.0) satisfaction_level (F3.0) trust (F2.0) region (A3) city_name (A12) big (A300).
        BEGIN DATA.
        1 "김민수" 1 4.50 3000 5 1 "ab" "서울" "{VeryLong}"
        2 "이영희" 9 99.99 -99 . 8 "zz" "모름" "x"
        3 "Kim" 2 . 12 2 . "cd" "부산" ""
        4 "" . 1.25 -5 7 3 "yy" "Busan city" "짧은 글"
        END DATA.
        VARIABLE LABELS name '이름' satisfaction_level '생활 만족도' city_name '도시'.
        VALUE LABELS gender 1 '남자' 2 '여자' 9 'No answer' /region 'ab' '에이비' /city_name '서울' '수도' /trust 1 'low' 3 'high'.
        MISSING VALUES gender (9) score (99.99) income (LO THRU -1, -99) satisfaction_level (1 THRU 3) trust (6, 7, 8) region ('zz', 'yy') city_name ('모름').
        VARIABLE LEVEL gender region (NOMINAL) trust (ORDINAL) score (SCALE).
        DOCUMENT 한국어 문서 줄.
        SAVE OUTFILE='unc.sav' /UNCOMPRESSED.
        SAVE OUTFILE='cmp.sav' /COMPRESSED.
        SAVE OUTFILE='z.zsav' /ZCOMPRESSED.
        {extra}
        """;

    /// <summary>The survey without string missing values, which readstat's extract_metadata cannot write.</summary>
    public const string NumericMissingOnly = """
        MISSING VALUES region city_name ().
        SAVE OUTFILE='meta.sav' /COMPRESSED.
        """;

    public const string ManyCases = """
        SET LOCALE='UTF-8'.
        INPUT PROGRAM.
        LOOP #i = 1 TO 20000.
        COMPUTE n = #i.
        STRING s (A10).
        COMPUTE s = CONCAT('행', STRING(#i, F5.0)).
        DO IF MOD(#i, 7) = 0.
        COMPUTE n = $SYSMIS.
        END IF.
        END CASE.
        END LOOP.
        END FILE.
        END INPUT PROGRAM.
        SAVE OUTFILE='many.sav' /COMPRESSED.
        SAVE OUTFILE='many.zsav' /ZCOMPRESSED.
        """;

    /// <summary>
    /// UTF-8 strings whose byte width cuts a character: A255 and A10 end inside a Hangul syllable; A600 holds 602 bytes
    /// cut to 600, and its 255-byte segment boundary falls inside a syllable too.
    /// </summary>
    public static string CutUtf8 => $"""
        SET LOCALE='UTF-8'.
        DATA LIST LIST /id (F2.0) w255 (A255) w10 (A10) v600 (A600).
        BEGIN DATA.
        1 "a{Hangul(127)}" "가나다라" "ab{Hangul(200)}"
        2 "x" "ab가" "y"
        END DATA.
        SAVE OUTFILE='cut.sav' /UNCOMPRESSED.
        SAVE OUTFILE='cutc.sav' /COMPRESSED.
        SAVE OUTFILE='cut.zsav' /ZCOMPRESSED.
        """;

    /// <summary>
    /// The same cuts in CP949, where Hangul takes two bytes: A9 and A255 end on a lead byte, and A300's 255-byte segment
    /// boundary separates a lead byte from its trail byte. Assignment truncates in the file's encoding.
    /// </summary>
    public static string CutCp949 => $"""
        SET LOCALE='CP949'.
        DATA LIST LIST /id (F2.0).
        BEGIN DATA.
        1
        END DATA.
        STRING w255 (A255) /w9 (A9) /v300 (A300).
        COMPUTE w9 = 'ab가나다라'.
        COMPUTE w255 = CONCAT('ab', '{Hangul(130)}').
        COMPUTE v300 = CONCAT('ab', '{Hangul(160)}').
        SAVE OUTFILE='k.sav' /UNCOMPRESSED.
        SAVE OUTFILE='kc.sav' /COMPRESSED.
        SAVE OUTFILE='k.zsav' /ZCOMPRESSED.
        """;

    public static string Hangul(int count) => string.Concat(Enumerable.Repeat("가", count));
}
