namespace ValueAtlas.Formats.Tests;

public sealed class FileFormatExceptionTests
{
    [Fact]
    public void Message_NamesFileOffsetAndExpectation()
    {
        var error = new FileFormatException("survey.sav", 176, "a variable record (type 2)");

        Assert.Equal("survey.sav: at byte 176: a variable record (type 2)", error.Message);
        Assert.Equal(176, error.Offset);
    }
}
