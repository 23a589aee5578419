using System.Text.Json.Serialization;

namespace ValueAtlas.Curation.Tests.Review.Agreement;

/// <summary>What tools/agreement-oracle/oracle.py prints: statsmodels' Fleiss' kappa and NLTK's alpha and observed agreement.</summary>
internal sealed record OracleResult
{
    [JsonPropertyName("items")]
    public int Items { get; init; }

    [JsonPropertyName("raters")]
    public int Raters { get; init; }

    [JsonPropertyName("ratings")]
    public int Ratings { get; init; }

    [JsonPropertyName("categories")]
    public int Categories { get; init; }

    [JsonPropertyName("fleiss_kappa")]
    public double? FleissKappa { get; init; }

    [JsonPropertyName("fleiss_kappa_error")]
    public string? FleissKappaError { get; init; }

    [JsonPropertyName("krippendorff_alpha")]
    public double? KrippendorffAlpha { get; init; }

    [JsonPropertyName("krippendorff_alpha_error")]
    public string? KrippendorffAlphaError { get; init; }

    [JsonPropertyName("observed_agreement")]
    public double? ObservedAgreement { get; init; }

    [JsonPropertyName("observed_agreement_error")]
    public string? ObservedAgreementError { get; init; }
}
