namespace OpenPrepaid.Web.Api.Contracts;

/// <summary>Writes the saved profile <see cref="ProfileId"/> to the meters with the serial numbers in <see cref="Meters"/>.</summary>
public sealed record SettingsWriteRequest(Guid? ProfileId, IReadOnlyList<string>? Meters);
