namespace OpenPrepaid.Cli.Output;

/// <param name="HdlcAddress">The HDLC physical address on a shared line, or null when the meter speaks the TCP wrapper on its own port.</param>
/// <param name="State">The meter's starting state in words, in the language of <c>--culture</c>.</param>
internal sealed record SimulatedMeterDocument(string Serial, string Host, int Port, int? HdlcAddress, string State);
