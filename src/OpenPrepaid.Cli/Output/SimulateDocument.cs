namespace OpenPrepaid.Cli.Output;

/// <summary>The <c>--json</c> document of <c>simulate</c>, written once every meter listens. The fleet file has the secrets.</summary>
internal sealed record SimulateDocument(string FleetFile, IReadOnlyList<SimulatedMeterDocument> Meters);
