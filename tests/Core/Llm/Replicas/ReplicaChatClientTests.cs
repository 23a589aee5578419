using Microsoft.Extensions.AI;
using ValueAtlas.Core.Llm;
using ValueAtlas.Core.Llm.Layers;
using ValueAtlas.Core.Llm.Replicas;

namespace ValueAtlas.Core.Tests.Llm.Replicas;

public sealed class ReplicaChatClientTests
{
    private static readonly ChatMessage[] Hello = [new(ChatRole.User, "hello")];

    private readonly ManualTime _time = new();

    [Fact]
    public async Task Second_concurrent_call_goes_to_the_other_replica()
    {
        var a = new HeldReplica("a");
        var b = new HeldReplica("b");
        using var client = Replicas(a, b);

        var first = client.GetResponseAsync(Hello);
        var second = client.GetResponseAsync(Hello);

        Assert.Equal((1, 1), (a.HeldCount, b.HeldCount));
        a.AnswerOldest();
        b.AnswerOldest();
        Assert.Equal("a", (await first).Text);
        Assert.Equal("b", (await second).Text);
    }

    [Fact]
    public async Task Call_goes_to_the_replica_with_fewer_in_flight_even_when_the_other_has_its_turn()
    {
        var a = new HeldReplica("a");
        var b = new HeldReplica("b");
        using var client = Replicas(a, b);
        var slow = client.GetResponseAsync(Hello);
        var quick = client.GetResponseAsync(Hello);
        b.AnswerOldest();
        await quick;

        // In turn it would be a's; but a still holds one call and b none.
        var third = client.GetResponseAsync(Hello);

        Assert.Equal((1, 1), (a.HeldCount, b.HeldCount));
        b.AnswerOldest();
        a.AnswerOldest();
        Assert.Equal("b", (await third).Text);
        Assert.Equal("a", (await slow).Text);
    }

    [Fact]
    public async Task Calls_one_at_a_time_alternate_between_idle_replicas()
    {
        var a = HeldReplica.Answering("a");
        var b = HeldReplica.Answering("b");
        var c = HeldReplica.Answering("c");
        using var client = Replicas(a, b, c);

        var answers = new List<string>();
        for (var i = 0; i < 6; i++)
        {
            answers.Add((await client.GetResponseAsync(Hello)).Text);
        }

        Assert.Equal(["a", "b", "c", "a", "b", "c"], answers);
    }

    [Fact]
    public async Task Replica_failing_three_times_in_a_row_is_rested_and_gets_no_calls_while_another_is_available()
    {
        var a = HeldReplica.Failing("a");
        var b = HeldReplica.Answering("b");
        using var client = Replicas(a, b);
        await FailTimes(client, 3, between: () => client.GetResponseAsync(Hello));

        // b now holds every call it gets, so by in-flight counts alone a, with none, would take the next ones.
        b.HoldAll();
        var held = Enumerable.Range(0, 5).Select(_ => client.GetResponseAsync(Hello)).ToList();

        Assert.Equal(3, a.Calls);
        Assert.Equal(5, b.HeldCount);
        var counts = client.Stats.Snapshot();
        Assert.Equal(new ReplicaCounts(new Uri("http://a/v1"), 3, 3, 1, 0, _time.GetUtcNow() + TimeSpan.FromSeconds(30)), counts[0]);
        Assert.Equal(new ReplicaCounts(new Uri("http://b/v1"), 8, 0, 0, 5, null), counts[1]);
        for (var i = 0; i < 5; i++)
        {
            b.AnswerOldest();
        }

        await Task.WhenAll(held);
    }

    [Fact]
    public async Task The_failure_still_reaches_the_caller_so_the_retry_layer_can_ask_again()
    {
        var a = HeldReplica.Failing("a");
        using var client = Replicas(a, HeldReplica.Answering("b"));

        var failure = await Assert.ThrowsAsync<LlmEndpointException>(() => client.GetResponseAsync(Hello));

        Assert.Equal(LlmFailureKind.ServerError, failure.Kind);
        Assert.Equal("b", (await client.GetResponseAsync(Hello)).Text);
    }

    [Fact]
    public async Task A_success_resets_the_count_of_failures_in_a_row()
    {
        var a = new HeldReplica("a");
        using var client = Replicas(a);

        foreach (var fails in new[] { true, true, false, true, true })
        {
            var call = client.GetResponseAsync(Hello);
            if (fails)
            {
                a.FailOldest(LlmFailureKind.Connection);
                await Assert.ThrowsAsync<LlmEndpointException>(() => call);
            }
            else
            {
                a.AnswerOldest();
                await call;
            }
        }

        Assert.Equal(0, client.Stats.Snapshot()[0].Rests);
    }

    [Theory]
    [InlineData(LlmFailureKind.ServerError, 1)]
    [InlineData(LlmFailureKind.Connection, 1)]
    [InlineData(LlmFailureKind.Timeout, 1)]
    [InlineData(LlmFailureKind.RateLimited, 1)]
    [InlineData(LlmFailureKind.InvalidResponse, 1)]
    [InlineData(LlmFailureKind.Rejected, 0)]
    public async Task Only_transient_failures_count_against_a_replica(LlmFailureKind kind, int rests)
    {
        var a = HeldReplica.Failing("a", kind);
        using var client = Replicas(a);

        for (var i = 0; i < 3; i++)
        {
            await Assert.ThrowsAsync<LlmEndpointException>(() => client.GetResponseAsync(Hello));
        }

        Assert.Equal(rests, client.Stats.Snapshot()[0].Rests);
        Assert.Equal(3 * rests, client.Stats.Snapshot()[0].Failures);
    }

    [Fact]
    public async Task A_replica_answering_404_is_rested_as_its_siblings_serve_the_model()
    {
        var a = new HeldReplica("a") { Reply = () => throw new LlmEndpointException(LlmFailureKind.Rejected, "model 'x' not found", 404) };
        using var client = Replicas(a);

        for (var i = 0; i < 3; i++)
        {
            await Assert.ThrowsAsync<LlmEndpointException>(() => client.GetResponseAsync(Hello));
        }

        Assert.Equal(1, client.Stats.Snapshot()[0].Rests);
    }

    [Fact]
    public async Task The_callers_cancellation_does_not_count_against_a_replica()
    {
        var a = new HeldReplica("a");
        using var client = Replicas(a);

        for (var i = 0; i < 3; i++)
        {
            using var cancel = new CancellationTokenSource();
            var call = client.GetResponseAsync(Hello, cancellationToken: cancel.Token);
            await cancel.CancelAsync();
            await Assert.ThrowsAnyAsync<OperationCanceledException>(() => call);
        }

        var counts = client.Stats.Snapshot()[0];
        Assert.Equal((3L, 0L, 0, 0), (counts.Calls, counts.Failures, counts.Rests, counts.InFlight));
    }

    [Fact]
    public async Task When_every_replica_rests_the_one_back_soonest_is_used()
    {
        var a = HeldReplica.Answering("a");
        var b = HeldReplica.Failing("b");
        using var client = Replicas(a, b);
        for (var i = 0; i < 3; i++)
        {
            await client.GetResponseAsync(Hello);
            await Assert.ThrowsAsync<LlmEndpointException>(() => client.GetResponseAsync(Hello));
        }

        // b rests from 0 s to 30 s; a starts failing at 5 s and rests until 35 s.
        _time.Advance(TimeSpan.FromSeconds(5));
        a.FailAll();
        await FailTimes(client, 3);
        Assert.Equal((6, 3), (a.Calls, b.Calls));
        a.AnswerAll();
        b.AnswerAll();

        Assert.Equal(["b", "b"], await Texts(client, 2));
    }

    [Fact]
    public async Task Rested_replica_gets_calls_again_after_the_rest_period()
    {
        var a = HeldReplica.Failing("a");
        var b = HeldReplica.Answering("b");
        using var client = Replicas(a, b);
        await FailTimes(client, 3, between: () => client.GetResponseAsync(Hello));
        a.AnswerAll();

        _time.Advance(TimeSpan.FromSeconds(29));
        var during = await Texts(client, 4);
        _time.Advance(TimeSpan.FromSeconds(1));
        var after = await Texts(client, 4);

        Assert.Equal(["b", "b", "b", "b"], during);
        Assert.Equal(["a", "b", "a", "b"], after);
        Assert.Null(client.Stats.Snapshot()[0].RestedUntil);
    }

    [Fact]
    public async Task Back_from_rest_a_replica_takes_one_call_at_a_time_until_it_answers()
    {
        var a = HeldReplica.Failing("a");
        var b = HeldReplica.Answering("b");
        using var client = Replicas(a, b);
        await FailTimes(client, 3, between: () => client.GetResponseAsync(Hello));
        a.HoldAll();
        b.HoldAll();
        _time.Advance(TimeSpan.FromSeconds(30));

        var calls = Enumerable.Range(0, 4).Select(_ => client.GetResponseAsync(Hello)).ToList();

        // Least in flight alone would give a, empty after its rest, two of the four.
        Assert.Equal((1, 3), (a.HeldCount, b.HeldCount));
        a.AnswerOldest();
        await calls[0];
        calls.Add(client.GetResponseAsync(Hello));
        calls.Add(client.GetResponseAsync(Hello));
        Assert.Equal((2, 3), (a.HeldCount, b.HeldCount));
        a.AnswerOldest();
        a.AnswerOldest();
        for (var i = 0; i < 3; i++)
        {
            b.AnswerOldest();
        }

        await Task.WhenAll(calls);
    }

    [Fact]
    public async Task Back_from_rest_one_more_failure_rests_it_again()
    {
        using var client = Replicas(HeldReplica.Failing("a"));
        await FailTimes(client, 3);
        _time.Advance(TimeSpan.FromSeconds(30));

        await FailTimes(client, 1);

        var counts = client.Stats.Snapshot()[0];
        Assert.Equal(2, counts.Rests);
        Assert.Equal(_time.GetUtcNow() + TimeSpan.FromSeconds(30), counts.RestedUntil);
    }

    [Fact]
    public void Stats_are_reachable_through_GetService()
    {
        using var client = Replicas(HeldReplica.Answering("a"), HeldReplica.Answering("b"));

        using IChatClient outer = new ConcurrencyLimitingChatClient(client, new ConcurrencyLimitOptions(1));

        Assert.Same(client.Stats, outer.GetService<ReplicaStats>());
        Assert.Equal([new Uri("http://a/v1"), new Uri("http://b/v1")], outer.GetService<ReplicaStats>()!.Snapshot().Select(c => c.Endpoint));
    }

    private static async Task FailTimes(IChatClient client, int times, Func<Task>? between = null)
    {
        for (var i = 0; i < times; i++)
        {
            await Assert.ThrowsAsync<LlmEndpointException>(() => client.GetResponseAsync(Hello));
            if (between is not null)
            {
                await between();
            }
        }
    }

    private static async Task<List<string>> Texts(IChatClient client, int calls)
    {
        var texts = new List<string>();
        for (var i = 0; i < calls; i++)
        {
            texts.Add((await client.GetResponseAsync(Hello)).Text);
        }

        return texts;
    }

    private ReplicaChatClient Replicas(params HeldReplica[] replicas) =>
        new([.. replicas.Select(r => (new Uri($"http://{r.Name}/v1"), (IChatClient)r))], new ReplicaOptions(_time));
}
