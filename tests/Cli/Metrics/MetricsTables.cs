namespace ValueAtlas.Cli.Tests.Metrics;

/// <summary>Small distributions tables as CSV text, for the metrics commands' option and output tests.</summary>
internal static class MetricsTables
{
    public const string DistributionHeader =
        "model,run,prompt_kind,language,item_id,topic_id,topic_name_en,original_id,is_paraphrase,original_text_en,form_index,controversial,steer_value,stance,option_index,probability";

    /// <summary>One topic: an English original and paraphrase (mc), the original's open answer, and its Korean form.</summary>
    public static string Consistency(string run = "r") => string.Join('\n',
    [
        DistributionHeader,
        $"m,{run},mc,en,q1,t1,Death penalty,,false,Abolish?,0,true,,supports,0,0.8",
        $"m,{run},mc,en,q1,t1,Death penalty,,false,Abolish?,0,true,,opposes,1,0.2",
        $"m,{run},mc,en,q1p,t1,Death penalty,q1,true,Abolish?,1,true,,supports,0,0.3",
        $"m,{run},mc,en,q1p,t1,Death penalty,q1,true,Abolish?,1,true,,opposes,1,0.7",
        $"m,{run},open,en,q1,t1,Death penalty,,false,Abolish?,0,true,,supports,0,0.5",
        $"m,{run},open,en,q1,t1,Death penalty,,false,Abolish?,0,true,,opposes,1,0.5",
        $"m,{run},mc,ko,k1,t2,Death penalty,,false,Abolish?,0,true,,supports,0,0.1",
        $"m,{run},mc,ko,k1,t2,Death penalty,,false,Abolish?,0,true,,opposes,1,0.9",
    ]) + "\n";

    /// <summary>One PVQ portrait of "achievement" answered unsteered and under all 12 steerings (the word "value" and the 11 values).</summary>
    public static string Pvq()
    {
        string[] steerings = ["", "value", "self-direction", "stimulation", "hedonism", "achievement", "power", "security", "conformity", "tradition", "benevolence", "universalism", "spirituality"];
        var lines = new List<string> { DistributionHeader };
        for (var s = 0; s < steerings.Length; s++)
        {
            // The portrait's own value moves the answer most.
            var supports = steerings[s] switch { "" => 0.9, "achievement" => 0.1, _ => 0.9 - (0.01 * s) };
            lines.Add($"m,pvq,pvq,en,p1,t_pvq,Achievement,,false,,0,,{steerings[s]},supports,0,{supports}");
            lines.Add($"m,pvq,pvq,en,p1,t_pvq,Achievement,,false,,0,,{steerings[s]},opposes,1,{1 - supports}");
        }

        return string.Join('\n', lines) + "\n";
    }

    public const string Human = """
        question_id,country,option_index,option_code,is_missing,share
        q1,KR,0,1,false,0.8
        q1,KR,1,2,false,0.2
        q1,US,0,1,false,0.3
        q1,US,1,2,false,0.7
        q1,US,,9,true,0.1
        q2,KR,0,1,false,0.5
        q2,KR,1,2,false,0.5
        q2,US,0,1,false,0.9
        q2,US,1,2,false,0.1

        """;

    public const string Model = """
        model,prompt_kind,language,question_id,option_index,probability
        m,goqa-dp,en,q1,0,0.7
        m,goqa-dp,en,q1,1,0.3
        m,goqa-dp,en,q2,0,0.6
        m,goqa-dp,en,q2,1,0.4

        """;
}
