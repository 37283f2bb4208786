namespace OpenPrepaid.Dlms.Server;

/// <summary>Who is calling a COSEM object: the client SAP of the association and the server SAP it addressed.</summary>
public readonly record struct CosemCallContext(ushort ClientSap, ushort ServerSap);
