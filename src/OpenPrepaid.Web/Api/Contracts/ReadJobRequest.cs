namespace OpenPrepaid.Web.Api.Contracts;

/// <summary>Which meters to read: the listed serial numbers, or every registered meter when <see cref="All"/> is true.</summary>
public sealed record ReadJobRequest(IReadOnlyList<string>? Serials, bool All = false);
