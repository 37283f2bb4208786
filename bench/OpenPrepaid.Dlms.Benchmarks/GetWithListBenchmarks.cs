using BenchmarkDotNet.Attributes;
using OpenPrepaid.Dlms.Axdr;
using OpenPrepaid.Dlms.Cosem;
using OpenPrepaid.Dlms.Xdlms;

namespace OpenPrepaid.Dlms.Benchmarks;

/// <summary>Encode and decode of a Get-Response-With-List carrying 20 registers, the shape of one meter snapshot.</summary>
[MemoryDiagnoser]
public class GetWithListBenchmarks
{
    private GetResponseWithList _response = null!;
    private GetRequestWithList _request = null!;
    private byte[] _responseBytes = [];

    [GlobalSetup]
    public void Setup()
    {
        var results = new List<GetDataResult>();
        var references = new List<AttributeReference>();
        for (var i = 0; i < 20; i++)
        {
            references.Add(new AttributeReference(new CosemAttributeDescriptor(3, new ObisCode(1, 0, 1, 8, (byte)i, 255), 2)));
            results.Add(GetDataResult.Success(i % 4 == 0
                ? new StructureData(new IntegerData(-2), new EnumData(30))
                : new DoubleLongUnsignedData((uint)(i * 123_457))));
        }

        _request = new GetRequestWithList(InvokeIdAndPriority.Default, references);
        _response = new GetResponseWithList(InvokeIdAndPriority.Default, results);
        _responseBytes = _response.ToArray();
    }

    [Benchmark]
    public byte[] EncodeRequest() => _request.ToArray();

    [Benchmark]
    public byte[] EncodeResponse() => _response.ToArray();

    [Benchmark]
    public DlmsApdu DecodeResponse() => ApduDecoder.Decode(_responseBytes);
}
