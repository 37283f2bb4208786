using OpenPrepaid.Dlms.Axdr;

namespace OpenPrepaid.Dlms.Xdlms;

/// <summary>Get-Data-Result: the value read, or the Data-Access-Result that explains why there is none.</summary>
public sealed record GetDataResult
{
    private GetDataResult(DlmsData? data, DataAccessResult result)
    {
        Data = data;
        Result = result;
    }

    public DlmsData? Data { get; }

    public DataAccessResult Result { get; }

    public bool IsSuccess => Data is not null;

    public static GetDataResult Success(DlmsData data) => new(data ?? throw new ArgumentNullException(nameof(data)), DataAccessResult.Success);

    public static GetDataResult Failure(DataAccessResult result) =>
        result == DataAccessResult.Success
            ? throw new ArgumentException("A failure needs a result other than success", nameof(result))
            : new GetDataResult(null, result);

    public static GetDataResult Read(ref AxdrReader reader)
    {
        var start = reader.Position;
        return reader.ReadByte() switch
        {
            0 => Success(DlmsDataCodec.Read(ref reader)),
            1 => new GetDataResult(null, (DataAccessResult)reader.ReadByte()),
            var choice => throw new DlmsProtocolException($"Get-Data-Result choice {choice} is neither data (0) nor data-access-result (1)", start),
        };
    }

    public void Write(AxdrWriter writer)
    {
        if (Data is not null)
        {
            writer.WriteByte(0);
            DlmsDataCodec.Write(writer, Data);
        }
        else
        {
            writer.WriteByte(1);
            writer.WriteByte((byte)Result);
        }
    }

    public override string ToString() => Data is not null ? Data.ToString() : $"error {Result}";
}
