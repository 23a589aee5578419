namespace ValueAtlas.Evaluation.Metrics;

/// <summary>
/// The study's D-D distance for one group: zeros when every ordered pair of members is <c>numpy.allclose</c> (rtol 1e-5,
/// atol 1e-4), else each member's JS distance to the group's <see cref="JsCentroid"/> (0 when the member is
/// allclose to the centroid, rtol 1e-5, atol 1e-8).
/// </summary>
public static class GroupInconsistency
{
    /// <param name="members">m × k stance vectors (already + 1e-10), row-major.</param>
    /// <param name="k">Entries per member.</param>
    /// <param name="distances">Receives the m member distances.</param>
    /// <param name="logBase">The JS distance's logarithm.</param>
    /// <param name="group">Names the group if its centroid does not converge.</param>
    public static void Distances(ReadOnlySpan<double> members, int k, Span<double> distances, LogBase logBase, string group = "")
    {
        var m = members.Length / k;
        if (AllPairsClose(members, k, m))
        {
            distances[..m].Clear();
            return;
        }

        var centroid = JsCentroid.Of(members, k, group);
        for (var i = 0; i < m; i++)
        {
            var member = members.Slice(i * k, k);
            distances[i] = AllClose(member, centroid, 1e-5, 1e-8) ? 0 : JensenShannon.Distance(centroid, member, logBase);
        }
    }

    /// <summary>The distances as a new array.</summary>
    public static double[] Distances(ReadOnlySpan<double> members, int k, LogBase logBase = LogBase.E, string group = "")
    {
        var distances = new double[members.Length / k];
        Distances(members, k, distances, logBase, group);
        return distances;
    }

    private static bool AllPairsClose(ReadOnlySpan<double> members, int k, int m)
    {
        for (var i = 0; i < m; i++)
        {
            // Both orders: allclose is not symmetric (its rtol scales with the second argument).
            for (var j = 0; j < m; j++)
            {
                if (j != i && !AllClose(members.Slice(i * k, k), members.Slice(j * k, k), 1e-5, 1e-4))
                {
                    return false;
                }
            }
        }

        return true;
    }

    // numpy.allclose(a, b): |a − b| ≤ atol + rtol·|b| for every entry (b the reference side).
    private static bool AllClose(ReadOnlySpan<double> a, ReadOnlySpan<double> b, double rtol, double atol)
    {
        for (var i = 0; i < a.Length; i++)
        {
            if (!(Math.Abs(a[i] - b[i]) <= atol + rtol * Math.Abs(b[i])))
            {
                return false;
            }
        }

        return true;
    }
}
