namespace ValueAtlas.Evaluation.Tests.Inputs;

/// <summary>
/// A folder with the harmonized questions and options tables as harmonize writes them (same column names and types),
/// written once per test class:
/// q1 has English and Korean wording; q2 no Korean; q3 one option; q4 Korean question text but an option without it.
/// q1's options are stored out of order, to check they come back by option_index.
/// </summary>
public sealed class HarmonizedTablesFixture : IAsyncLifetime
{
    private readonly TempDirectory _directory = new();

    public string Folder => _directory.Path;

    public async Task InitializeAsync()
    {
        await DuckDbTables.WriteAsync(_directory.File("questions.parquet"), """
            SELECT * FROM (VALUES
              ('goqa:q1', 'goqa', 'pew-2019', 'q1', 'Is religion important?', '종교는 중요합니까?', 'human', false),
              ('goqa:q2', 'goqa', 'pew-2019', 'q2', 'Is the economy good?', CAST(NULL AS VARCHAR), CAST(NULL AS VARCHAR), true),
              ('goqa:q3', 'goqa', 'pew-2019', 'q3', 'A question with one answer?', '답이 하나?', 'human', false),
              ('goqa:q4', 'goqa', 'pew-2020', 'q4', 'Do you trust science?', '과학을 신뢰합니까?', 'human', true)
            ) t(question_id, source, wave, variable, text_en, text_ko, text_ko_origin, ordinal)
            """);
        await DuckDbTables.WriteAsync(_directory.File("options.parquet"), """
            SELECT * FROM (VALUES
              ('goqa:q1', 1, '2', 'No', '아니요', CAST(2.0 AS DOUBLE)),
              ('goqa:q1', 0, '1', 'Yes', '예', CAST(1.0 AS DOUBLE)),
              ('goqa:q2', 0, '1', 'Good', CAST(NULL AS VARCHAR), CAST(1.0 AS DOUBLE)),
              ('goqa:q2', 1, '2', 'Bad', CAST(NULL AS VARCHAR), CAST(2.0 AS DOUBLE)),
              ('goqa:q3', 0, '1', 'Only', '유일', CAST(NULL AS DOUBLE)),
              ('goqa:q4', 0, '1', 'A lot', '많이', CAST(1.0 AS DOUBLE)),
              ('goqa:q4', 1, '2', 'Not at all', CAST(NULL AS VARCHAR), CAST(2.0 AS DOUBLE)),
              ('goqa:q4', 2, '8|9', 'Refused', '거부', CAST(NULL AS DOUBLE))
            ) t(question_id, option_index, option_code, text_en, text_ko, position)
            """);
    }

    public Task DisposeAsync()
    {
        _directory.Dispose();
        return Task.CompletedTask;
    }
}
