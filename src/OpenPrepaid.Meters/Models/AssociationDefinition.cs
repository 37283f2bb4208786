namespace OpenPrepaid.Meters.Models;

/// <summary>One association a meter model offers: the client SAP that opens it and how it authenticates.</summary>
public sealed record AssociationDefinition(ushort ClientSap, string Name, AuthenticationMechanism Authentication);
