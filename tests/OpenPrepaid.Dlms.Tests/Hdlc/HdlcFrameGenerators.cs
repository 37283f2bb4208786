using FsCheck;
using FsCheck.Fluent;
using OpenPrepaid.Dlms.Hdlc;

namespace OpenPrepaid.Dlms.Tests.Hdlc;

/// <summary>FsCheck generators for HDLC addresses, control fields and frames.</summary>
internal static class HdlcFrameGenerators
{
    /// <summary>Information field lengths around the one-byte and 128-byte boundaries, plus any other.</summary>
    public static Gen<int> InformationLength(int max) =>
        Gen.OneOf(
            Gen.Elements(new[] { 0, 1, 127, 128, 129, 255, 256 }.Where(length => length <= max).ToArray()),
            Gen.Elements(max, max - 1),
            Gen.Choose(0, max));

    public static Gen<HdlcAddress> ClientAddress =>
        Gen.Choose(0, HdlcAddress.MaxSevenBitValue).Select(HdlcAddress.Client);

    public static Gen<HdlcAddress> ServerAddress =>
        Gen.OneOf(
            Gen.Choose(0, HdlcAddress.MaxSevenBitValue).Select(HdlcAddress.Server),
            Gen.Two(Gen.Choose(0, HdlcAddress.MaxSevenBitValue)).Select(pair => HdlcAddress.Server(pair.Item1, pair.Item2, 2)),
            Gen.Two(Gen.Choose(0, HdlcAddress.MaxFourteenBitValue)).Select(pair => HdlcAddress.Server(pair.Item1, pair.Item2, 4)));

    /// <summary>Any control byte whose frame type is known.</summary>
    public static Gen<HdlcControl> Control =>
        Gen.Choose(0, 255).Select(value => new HdlcControl((byte)value)).Where(control => control.Type != HdlcFrameType.Unknown);

    /// <summary>Frames in either direction with information fields up to the longest that fits in 2047 bytes.</summary>
    public static Gen<HdlcFrame> Frame =>
        from server in ServerAddress
        from client in ClientAddress
        from toServer in Gen.Elements(true, false)
        from control in Control
        from segmented in Gen.Elements(true, false)
        let overhead = 2 + server.Size + client.Size + 1 + 2 + 2
        from length in InformationLength(HdlcFrameEncoder.MaxFrameLength - overhead)
        from information in Gen.ArrayOf(Gen.Choose(0, 255).Select(value => (byte)value), length)
        select toServer
            ? new HdlcFrame(server, client, control, information, segmented)
            : new HdlcFrame(client, server, control, information, segmented);
}
