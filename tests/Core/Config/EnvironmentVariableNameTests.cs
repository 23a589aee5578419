using ValueAtlas.Core.Config;

namespace ValueAtlas.Core.Tests.Config;

public sealed class EnvironmentVariableNameTests
{
    [Theory]
    [InlineData("ANTHROPIC_API_KEY", true)]
    [InlineData("_private", true)]
    [InlineData("key2", true)]
    [InlineData("2KEY", false)]
    [InlineData("MY-KEY", false)]
    [InlineData("MY KEY", false)]
    [InlineData("키", false)]
    [InlineData("", false)]
    public void Names_are_letters_digits_and_underscore_not_starting_with_a_digit(string name, bool valid) =>
        Assert.Equal(valid, EnvironmentVariableName.IsValid(name));

    [Theory]
    [InlineData("sk-proj-abc", true)]
    [InlineData("ABCDEFGHIJABCDEFGHIJABCDEFGHIJABCDEFGHIJA", true)]
    [InlineData("OPENAI_API_KEY", false)]
    public void Secret_looking_values_are_recognised(string value, bool looksLikeKey) =>
        Assert.Equal(looksLikeKey, EnvironmentVariableName.LooksLikeKey(value));
}
