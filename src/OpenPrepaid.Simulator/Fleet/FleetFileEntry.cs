namespace OpenPrepaid.Simulator.Fleet;

/// <summary>
/// One meter in a fleet file: where to reach it and the secrets to use it. clientSap is the management client
/// (1). hdlcAddress is the HDLC physical address on a shared line, or null when the meter has its own port with
/// the TCP wrapper. tokenKey is the 32-byte top-up key in hexadecimal.
/// </summary>
public sealed record FleetFileEntry(
    string Serial,
    string Model,
    string Host,
    int Port,
    int? HdlcAddress,
    int ClientSap,
    string Password,
    string TokenKey);
