using System.CommandLine;
using ValueAtlas.Core.Artifacts;
using ValueAtlas.Curation.Surveys.Scaffold;
using ValueAtlas.Curation.Surveys.Sources;

namespace ValueAtlas.Cli.Commands.Harmonize;

/// <summary><c>valueatlas harmonize scaffold FILE [--out FILE.yaml]</c>: a crosswalk skeleton from a survey file's dictionary.</summary>
public static class HarmonizeScaffoldCommand
{
    public static Command Create()
    {
        var file = new Argument<FileInfo>("file") { Description = "The survey file: SPSS .sav or .zsav, or Stata .dta (a file with a dictionary; CSV has none)." };
        var output = new Option<FileInfo?>("--out") { Description = "Write the skeleton to this YAML file (atomically; an existing file is refused) instead of printing it." };
        var command = new Command("scaffold", """
            Print a crosswalk skeleton from the survey file's own dictionary: the country, weight and respondent-id
            variables guessed by name, the missing codes most questions declare (with meanings guessed from their
            labels), and one question per labelled numeric variable, its value labels as options in code order.
            Guesses are marked "# check"; wave and codebook are left blank, so the crosswalk is refused until a
            person fills them in. The format: datasets/surveys/README.md.
            Exit codes: 0 ok, 2 bad input (the message names the file and byte offset).
            """)
        {
            file,
            output,
        };
        command.SetAction((parse, ct) => CommandErrors.RunAsync(async () =>
        {
            var source = parse.GetValue(file)!;
            if (source.Extension.ToLowerInvariant() is not (".sav" or ".zsav" or ".dta"))
            {
                throw new UsageException($"{source.FullName}: scaffold reads the dictionary of an SPSS .sav/.zsav or Stata .dta file (a CSV has no labels to start from)");
            }

            string yaml;
            using (var survey = SurveyFiles.Open(source.FullName))
            {
                yaml = CrosswalkScaffold.Write(source.Name, survey.Variables);
            }
            if (parse.GetValue(output) is not { } target)
            {
                await Console.Out.WriteAsync(yaml.AsMemory(), ct).ConfigureAwait(false);
                return ExitCodes.Ok;
            }

            if (target.Exists)
            {
                throw new UsageException($"{target.FullName} exists; scaffold never overwrites a crosswalk (give another --out)");
            }

            await AtomicFile.WriteAllTextAsync(target.FullName, yaml, ct).ConfigureAwait(false);
            Console.Error.WriteLine($"wrote {target.FullName}: fill in wave and codebook, then check every \"# check\" line");
            return ExitCodes.Ok;
        }));
        return command;
    }
}
