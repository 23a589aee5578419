using ValueAtlas.Core.Config;
using ValueAtlas.Core.Domain;
using ValueAtlas.Curation.Surveys.Import;
using ValueAtlas.Formats;

namespace ValueAtlas.Curation.Tests.Surveys.Import;

public sealed class LongTableCsvTests : IDisposable
{
    private readonly TempDirectory _dir = new();

    public void Dispose() => _dir.Dispose();

    [Fact]
    public void Counts_GiveShareOverTheirSum_AndIdsSourceColonQuestion()
    {
        var path = _dir.Write("t.csv", """
            question,country,option,count
            Q1,South Korea,Agree,30
            Q1,South Korea,Disagree,10
            Q1,JP,Agree,5
            Q1,JP,Disagree,0
            """);

        var tables = DistributionImport.Build(LongTableCsvReader.Read(path, new LongTableColumns("mine", Wave: "2024")), CountryRegistry.BuiltIn);

        Assert.Equal(["mine:Q1"], tables.Questions.Select(q => q.QuestionId));
        Assert.Equal(["Agree", "Disagree"], tables.Options.Select(o => o.OptionCode));
        var korea = tables.Distributions.Where(d => d.Country == "KR").ToList();
        Assert.Equal([0.75, 0.25], korea.Select(d => d.Share));
        Assert.All(korea, d => Assert.Equal((40L, "2024", "mine"), (d.ValidN!.Value, d.Wave, d.Source)));
        Assert.Equal([5L, 0L], tables.Distributions.Where(d => d.Country == "JP").Select(d => d.N!.Value));
    }

    [Fact]
    public void Shares_InNamedColumns_AreKeptAndOffSumsFlagged()
    {
        var path = _dir.Write("t.csv", """
            item,land,answer,pct,note
            "How happy are you, overall?",Germany,Happy,0.6,x
            "How happy are you, overall?",Germany,Unhappy,0.3,x
            "How happy are you, overall?",Japan,Happy,0.5,x
            "How happy are you, overall?",Japan,Unhappy,0.5,x
            """);
        var columns = new LongTableColumns("mine", Question: "item", Country: "land", Option: "answer", Share: "pct");

        var tables = DistributionImport.Build(LongTableCsvReader.Read(path, columns), CountryRegistry.BuiltIn);

        var question = Assert.Single(tables.Questions);
        Assert.Matches("^mine:[0-9a-f]{12}$", question.QuestionId);
        Assert.Equal("How happy are you, overall?", question.TextEn);
        Assert.Equal([true, true, false, false], tables.Distributions.Select(d => d.ShareSumOff));
        Assert.Equal("DE", Assert.Single(tables.Report.FlaggedSums).Country);
        Assert.All(tables.Distributions, d => Assert.Null(d.N));
    }

    [Fact]
    public void MissingColumn_FailsNamingTheHeaderAndTheOptions()
    {
        var path = _dir.Write("t.csv", "q,country,option,count\nQ1,KR,Yes,1\n");

        var error = Assert.Throws<FileFormatException>(() => LongTableCsvReader.Read(path, new LongTableColumns("mine")));

        Assert.Contains("a column named \"question\" in the header (found: q, country, option, count)", error.Message, StringComparison.Ordinal);
        Assert.Contains("--question-column", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void BadCount_FailsNamingTheRow()
    {
        var path = _dir.Write("t.csv", "question,country,option,count\nQ1,KR,Yes,1\nQ1,KR,No,-3\n");

        var error = Assert.Throws<FileFormatException>(() => LongTableCsvReader.Read(path, new LongTableColumns("mine")));

        Assert.Contains("row 2: a count (a whole number ≥ 0), found \"-3\"", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void UnknownCountry_IsRefusedListingIt()
    {
        var path = _dir.Write("t.csv", "question,country,option,count\nQ1,Korea Republic,Yes,1\nQ1,Wakanda,Yes,1\n");

        var error = Assert.Throws<ConfigException>(() => DistributionImport.Build(LongTableCsvReader.Read(path, new LongTableColumns("mine")), CountryRegistry.BuiltIn));

        Assert.Contains("\"Wakanda\" (1 entry, first at row 2", error.Message, StringComparison.Ordinal);
    }
}
