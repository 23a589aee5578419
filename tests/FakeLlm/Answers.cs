namespace ValueAtlas.FakeLlm;

/// <summary>Turns a content reply (or none, meaning the default echo) into an <see cref="Answer"/> for the request.</summary>
internal static class Answers
{
    public static Answer For(FakeReply? reply, ParsedRequest request) => reply switch
    {
        TextReply text => new Answer(
            text.Content,
            request.WantsLogprobs ? DefaultLogprobs.For(WordTokens.Split(text.Content), request.TopLogprobs) : null,
            text.InputTokens,
            text.OutputTokens,
            false),
        LogprobsReply scripted => new Answer(
            scripted.Content,
            DefaultLogprobs.FromScript(scripted.Positions),
            TokenEstimate.Of(request.UserText),
            scripted.Positions.Count,
            false),
        _ => Default(request),
    };

    private static Answer Default(ParsedRequest request)
    {
        var inputTokens = TokenEstimate.Of(request.UserText);

        // A schema answer is never cut at max_tokens: half a JSON document helps no test.
        if (request.SchemaAnswer is { } json)
        {
            var jsonPositions = request.WantsLogprobs ? DefaultLogprobs.For(WordTokens.Split(json), request.TopLogprobs) : null;
            return new Answer(json, jsonPositions, inputTokens, TokenEstimate.Of(json), false);
        }

        var text = "echo: " + request.UserText;
        if (!request.WantsLogprobs && request.MaxTokens is null)
        {
            return new Answer(text, null, inputTokens, TokenEstimate.Of(text), false);
        }

        // Honouring max_tokens lets base-model callers ask for one next token, as they would from a real server.
        var tokens = WordTokens.Split(text);
        var hitMaxTokens = request.MaxTokens is { } max && max >= 0 && max < tokens.Count;
        if (hitMaxTokens)
        {
            tokens = tokens.GetRange(0, request.MaxTokens!.Value);
            text = string.Concat(tokens);
        }

        var positions = request.WantsLogprobs ? DefaultLogprobs.For(tokens, request.TopLogprobs) : null;
        return new Answer(text, positions, inputTokens, hitMaxTokens ? tokens.Count : TokenEstimate.Of(text), hitMaxTokens);
    }
}
