using System.Buffers.Binary;
using System.Security.Cryptography;
using System.Text;

namespace ValueAtlas.Evaluation.Run;

/// <summary>
/// The option orders an item is asked in. Seeded by the run's seed and the item's id, not by the order items are
/// processed in, so every model sees the same orders and a re-run (or a run over a subset) draws the same ones.
/// </summary>
public static class Orderings
{
    /// <summary>Source order: GlobalOpinionQA letters its options as the survey lists them, as the study did.</summary>
    public static IReadOnlyList<int[]> Source(int optionCount) => [Enumerable.Range(0, optionCount).ToArray()];

    /// <summary>
    /// <paramref name="count"/> different orders of <paramref name="optionCount"/> options (fewer when fewer exist:
    /// two options have two orders). Each order lists source indices in letter order: order[0] is shown as A.
    /// </summary>
    public static IReadOnlyList<int[]> Shuffled(string itemId, int optionCount, int count, int seed)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(count);
        var possible = Factorial(optionCount);
        var wanted = (int)Math.Min(count, possible);
        var random = new Random(Seed(itemId, seed));
        var orders = new List<int[]>(wanted);
        var seen = new HashSet<string>(StringComparer.Ordinal);
        while (orders.Count < wanted)
        {
            var order = Enumerable.Range(0, optionCount).ToArray();
            random.Shuffle(order);
            if (seen.Add(string.Join(',', order)))
            {
                orders.Add(order);
            }
        }

        return orders;
    }

    /// <summary>How an order is written in the answers table: source indices in letter order, "1,0" = B shown first.</summary>
    public static string Text(IReadOnlyList<int> order) => string.Join(',', order);

    private static long Factorial(int n)
    {
        long result = 1;
        for (var i = 2; i <= n && result < int.MaxValue; i++)
        {
            result *= i;
        }

        return result;
    }

    private static int Seed(string itemId, int seed)
    {
        // string.GetHashCode differs per process; the seed must not.
        var hash = SHA256.HashData(Encoding.UTF8.GetBytes($"{seed}\n{itemId}"));
        return BinaryPrimitives.ReadInt32LittleEndian(hash);
    }
}
