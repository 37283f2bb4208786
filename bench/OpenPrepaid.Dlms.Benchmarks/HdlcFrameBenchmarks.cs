using BenchmarkDotNet.Attributes;
using OpenPrepaid.Dlms.Hdlc;

namespace OpenPrepaid.Dlms.Benchmarks;

/// <summary>
/// One HDLC I-frame round trip: encode a frame with a 128-byte information field (the default maximum),
/// then decode it with both checksums verified.
/// </summary>
[MemoryDiagnoser]
public class HdlcFrameBenchmarks
{
    private HdlcFrame _frame = null!;
    private byte[] _encoded = [];
    private byte[] _buffer = [];

    [GlobalSetup]
    public void Setup()
    {
        var information = Enumerable.Range(0, 128).Select(i => (byte)i).ToArray();
        _frame = new HdlcFrame(HdlcAddress.Server(1, 17, 2), HdlcAddress.Client(16), HdlcControl.Information(2, 3, true), information);
        _encoded = HdlcFrameEncoder.Encode(_frame);
        _buffer = new byte[_encoded.Length];
    }

    [Benchmark]
    public byte[] Encode() => HdlcFrameEncoder.Encode(_frame);

    [Benchmark]
    public int EncodeIntoBuffer() => HdlcFrameEncoder.Encode(_frame, _buffer);

    [Benchmark]
    public HdlcDecodeResult Decode() => HdlcFrameDecoder.Decode(_encoded);

    [Benchmark]
    public HdlcDecodeResult RoundTrip() => HdlcFrameDecoder.Decode(HdlcFrameEncoder.Encode(_frame));
}
