using OpenPrepaid.Dlms.Acse;
using OpenPrepaid.Dlms.Axdr;

namespace OpenPrepaid.Dlms.Xdlms;

/// <summary>
/// Decodes any APDU this library speaks from its first byte. Decoding is total: every input yields an APDU or
/// a <see cref="DlmsProtocolException"/> that names the problem and its offset.
/// </summary>
public static class ApduDecoder
{
    public static DlmsApdu Decode(ReadOnlySpan<byte> bytes)
    {
        if (bytes.IsEmpty)
        {
            throw new DlmsProtocolException("Empty APDU", 0);
        }

        try
        {
            return bytes[0] switch
            {
                ApduTag.Aarq => AarqApdu.Decode(bytes),
                ApduTag.Aare => AareApdu.Decode(bytes),
                ApduTag.Rlrq => RlrqApdu.Decode(bytes),
                ApduTag.Rlre => RlreApdu.Decode(bytes),
                _ => DecodeXdlms(bytes),
            };
        }
        catch (ArgumentException ex)
        {
            // A value the model rejects (a bit-string whose byte count does not match, say) is still bad input.
            throw new DlmsProtocolException($"Invalid APDU content: {ex.Message}", null, ex);
        }
    }

    private static DlmsApdu DecodeXdlms(ReadOnlySpan<byte> bytes)
    {
        var reader = new AxdrReader(bytes);
        var tag = reader.ReadByte();
        DlmsApdu apdu = tag switch
        {
            ApduTag.GetRequest => ReadGetRequest(ref reader),
            ApduTag.GetResponse => ReadGetResponse(ref reader),
            ApduTag.SetRequest => ReadSetRequest(ref reader),
            ApduTag.SetResponse => ReadSetResponse(ref reader),
            ApduTag.ActionRequest => ReadActionRequest(ref reader),
            ApduTag.ActionResponse => ReadActionResponse(ref reader),
            ApduTag.ExceptionResponse => ReadExceptionResponse(ref reader),
            ApduTag.ConfirmedServiceError => new ConfirmedServiceError(reader.ReadByte(), (ServiceErrorKind)reader.ReadByte(), reader.ReadByte()),
            _ => throw new DlmsProtocolException($"Unsupported APDU tag 0x{tag:X2}", 0),
        };

        if (!reader.IsAtEnd)
        {
            throw new DlmsProtocolException($"{reader.Remaining} unexpected bytes after the APDU", reader.Position);
        }

        return apdu;
    }

    private static DlmsApdu ReadGetRequest(ref AxdrReader reader)
    {
        var choice = reader.ReadByte();
        var invokeId = new InvokeIdAndPriority(reader.ReadByte());
        switch (choice)
        {
            case 1:
                return new GetRequestNormal(invokeId, AttributeReference.Read(ref reader));
            case 2:
                return new GetRequestNext(invokeId, reader.ReadUInt32());
            case 3:
                var count = reader.ReadCount(CosemAttributeDescriptor.EncodedLength + 1, "Get-Request-With-List");
                var references = new AttributeReference[count];
                for (var i = 0; i < count; i++)
                {
                    references[i] = AttributeReference.Read(ref reader);
                }

                return new GetRequestWithList(invokeId, references);
            default:
                throw new DlmsProtocolException($"Unknown Get-Request choice {choice}", 1);
        }
    }

    private static DlmsApdu ReadGetResponse(ref AxdrReader reader)
    {
        var choice = reader.ReadByte();
        var invokeId = new InvokeIdAndPriority(reader.ReadByte());
        switch (choice)
        {
            case 1:
                return new GetResponseNormal(invokeId, GetDataResult.Read(ref reader));
            case 2:
                var last = reader.ReadByte() != 0;
                var blockNumber = reader.ReadUInt32();
                var resultChoice = reader.ReadByte();
                return resultChoice switch
                {
                    0 => new GetResponseWithDataBlock(invokeId, last, blockNumber, reader.ReadBytes(reader.ReadCount(1, "Raw data"))),
                    1 => new GetResponseWithDataBlock(invokeId, last, blockNumber, null, (DataAccessResult)reader.ReadByte()),
                    _ => throw new DlmsProtocolException($"DataBlock-G result choice {resultChoice} is neither raw-data (0) nor data-access-result (1)", reader.Position - 1),
                };
            case 3:
                var count = reader.ReadCount(2, "Get-Response-With-List");
                var results = new GetDataResult[count];
                for (var i = 0; i < count; i++)
                {
                    results[i] = GetDataResult.Read(ref reader);
                }

                return new GetResponseWithList(invokeId, results);
            default:
                throw new DlmsProtocolException($"Unknown Get-Response choice {choice}", 1);
        }
    }

    private static DlmsApdu ReadSetRequest(ref AxdrReader reader)
    {
        var choice = reader.ReadByte();
        var invokeId = new InvokeIdAndPriority(reader.ReadByte());
        switch (choice)
        {
            case 1:
                var reference = AttributeReference.Read(ref reader);
                return new SetRequestNormal(invokeId, reference, DlmsDataCodec.Read(ref reader));
            case 2:
                var firstReference = AttributeReference.Read(ref reader);
                return new SetRequestWithFirstDataBlock(invokeId, firstReference, DataBlockSa.Read(ref reader));
            case 3:
                return new SetRequestWithDataBlock(invokeId, DataBlockSa.Read(ref reader));
            case 4:
                var count = reader.ReadCount(CosemAttributeDescriptor.EncodedLength + 1, "Set-Request-With-List");
                var references = new AttributeReference[count];
                for (var i = 0; i < count; i++)
                {
                    references[i] = AttributeReference.Read(ref reader);
                }

                var valueCount = reader.ReadCount(1, "Set-Request-With-List values");
                if (valueCount != count)
                {
                    throw new DlmsProtocolException($"Set-Request-With-List has {count} attributes but {valueCount} values", reader.Position);
                }

                var values = new DlmsData[valueCount];
                for (var i = 0; i < valueCount; i++)
                {
                    values[i] = DlmsDataCodec.Read(ref reader);
                }

                return new SetRequestWithList(invokeId, references, values);
            default:
                throw new DlmsProtocolException($"Unsupported Set-Request choice {choice}", 1);
        }
    }

    private static DlmsApdu ReadSetResponse(ref AxdrReader reader)
    {
        var choice = reader.ReadByte();
        var invokeId = new InvokeIdAndPriority(reader.ReadByte());
        switch (choice)
        {
            case 1:
                return new SetResponseNormal(invokeId, (DataAccessResult)reader.ReadByte());
            case 2:
                return new SetResponseDataBlock(invokeId, reader.ReadUInt32());
            case 3:
                var result = (DataAccessResult)reader.ReadByte();
                return new SetResponseLastDataBlock(invokeId, result, reader.ReadUInt32());
            case 5:
                var count = reader.ReadCount(1, "Set-Response-With-List");
                var results = new DataAccessResult[count];
                for (var i = 0; i < count; i++)
                {
                    results[i] = (DataAccessResult)reader.ReadByte();
                }

                return new SetResponseWithList(invokeId, results);
            default:
                throw new DlmsProtocolException($"Unsupported Set-Response choice {choice}", 1);
        }
    }

    private static DlmsApdu ReadActionRequest(ref AxdrReader reader)
    {
        var choice = reader.ReadByte();
        var invokeId = new InvokeIdAndPriority(reader.ReadByte());
        if (choice != 1)
        {
            throw new DlmsProtocolException($"Unsupported Action-Request choice {choice}", 1);
        }

        var method = CosemMethodDescriptor.Read(ref reader);
        var hasParameters = reader.ReadByte() != 0;
        return new ActionRequestNormal(invokeId, method, hasParameters ? DlmsDataCodec.Read(ref reader) : null);
    }

    private static DlmsApdu ReadActionResponse(ref AxdrReader reader)
    {
        var choice = reader.ReadByte();
        var invokeId = new InvokeIdAndPriority(reader.ReadByte());
        if (choice != 1)
        {
            throw new DlmsProtocolException($"Unsupported Action-Response choice {choice}", 1);
        }

        var result = (ActionResult)reader.ReadByte();
        var hasReturn = reader.ReadByte() != 0;
        return new ActionResponseNormal(invokeId, result, hasReturn ? GetDataResult.Read(ref reader) : null);
    }

    private static ExceptionResponse ReadExceptionResponse(ref AxdrReader reader)
    {
        var state = (ExceptionStateError)reader.ReadByte();
        var service = (ExceptionServiceError)reader.ReadByte();
        uint? counter = service == ExceptionServiceError.InvocationCounterError ? reader.ReadUInt32() : null;
        return new ExceptionResponse(state, service, counter);
    }
}
