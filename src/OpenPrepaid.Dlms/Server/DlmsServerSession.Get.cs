using OpenPrepaid.Dlms.Axdr;
using OpenPrepaid.Dlms.Cosem;
using OpenPrepaid.Dlms.Xdlms;

namespace OpenPrepaid.Dlms.Server;

/// <summary>GET: normal and with-list, and answers longer than the client's max PDU split into data blocks.</summary>
public sealed partial class DlmsServerSession
{
    private static readonly ObisCode CurrentAssociation = new(0, 0, 40, 0, 0, 255);

    private PendingGet? _pendingGet;

    private sealed class PendingGet(InvokeIdAndPriority invokeId, byte[] raw, int blockSize)
    {
        public InvokeIdAndPriority InvokeId { get; } = invokeId;

        public byte[] Raw { get; } = raw;

        public int BlockSize { get; } = blockSize;

        public uint LastBlockSent { get; set; }
    }

    private DlmsApdu GetNormal(GetRequestNormal request)
    {
        _pendingGet = null;
        var result = ReadAttribute(request.Reference);
        var response = new GetResponseNormal(request.InvokeId, result);
        if (result.Data is null || response.ToArray().Length <= _clientMaxReceivePdu)
        {
            return response;
        }

        return StartBlocks(request.InvokeId, DlmsDataCodec.Encode(result.Data), () => new GetResponseNormal(request.InvokeId, GetDataResult.Failure(DataAccessResult.OtherReason)));
    }

    private DlmsApdu GetWithList(GetRequestWithList request)
    {
        _pendingGet = null;
        var results = request.References.Select(ReadAttribute).ToList();
        var response = new GetResponseWithList(request.InvokeId, results);
        var encoded = response.ToArray();
        if (encoded.Length <= _clientMaxReceivePdu)
        {
            return response;
        }

        // The raw data of a block-transferred list is the count and the results, without the APDU header.
        return StartBlocks(request.InvokeId, encoded[3..], () => new GetResponseWithList(request.InvokeId, [.. results.Select(_ => GetDataResult.Failure(DataAccessResult.OtherReason))]));
    }

    private DlmsApdu StartBlocks(InvokeIdAndPriority invokeId, byte[] raw, Func<DlmsApdu> whenNotGranted)
    {
        if (!_conformance.HasFlag(Conformance.BlockTransferWithGetOrRead))
        {
            ServerLog.ServiceRefused(_device.Logger, _device.Name, _clientSap, "GET", $"answer longer than {_clientMaxReceivePdu} bytes and no block transfer negotiated");
            return whenNotGranted();
        }

        _pendingGet = new PendingGet(invokeId, raw, _clientMaxReceivePdu - GetResponseWithDataBlock.MaxOverhead);
        return NextBlock(_pendingGet);
    }

    private DlmsApdu GetNext(GetRequestNext request)
    {
        var pending = _pendingGet;
        if (pending is null)
        {
            return new GetResponseWithDataBlock(request.InvokeId, true, request.BlockNumber, null, DataAccessResult.NoLongGetInProgress);
        }

        if (request.BlockNumber != pending.LastBlockSent)
        {
            _pendingGet = null;
            return new GetResponseWithDataBlock(request.InvokeId, true, request.BlockNumber, null, DataAccessResult.DataBlockNumberInvalid);
        }

        return NextBlock(pending);
    }

    private GetResponseWithDataBlock NextBlock(PendingGet pending)
    {
        var offset = (int)pending.LastBlockSent * pending.BlockSize;
        var length = Math.Min(pending.BlockSize, pending.Raw.Length - offset);
        var last = offset + length >= pending.Raw.Length;
        pending.LastBlockSent++;
        if (last)
        {
            _pendingGet = null;
        }

        return new GetResponseWithDataBlock(pending.InvokeId, last, pending.LastBlockSent, pending.Raw[offset..(offset + length)]);
    }

    private GetDataResult ReadAttribute(AttributeReference reference)
    {
        var descriptor = reference.Attribute;
        var failure = Resolve(descriptor.ClassId, descriptor.Instance, out var cosemObject);
        if (failure is { } objectFailure)
        {
            return Refuse($"GET {descriptor}", objectFailure);
        }

        var attributeId = descriptor.AttributeId;
        if (!cosemObject.AttributeIds.Contains(attributeId))
        {
            return Refuse($"GET {descriptor}", DataAccessResult.ObjectUndefined);
        }

        var access = cosemObject.GetAttributeAccess(_clientSap, attributeId);
        if (access is not (AttributeAccessMode.ReadOnly or AttributeAccessMode.ReadAndWrite))
        {
            return Refuse($"GET {descriptor}", DataAccessResult.ReadWriteDenied);
        }

        if (attributeId == 1)
        {
            return GetDataResult.Success(new OctetStringData(cosemObject.LogicalName.ToBytes()));
        }

        try
        {
            return cosemObject.GetAttribute(attributeId, reference.Access, Context);
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            // A bug in one object must not take the session down; the client sees hardware-fault and the log says why.
            ServerLog.ObjectFailed(_device.Logger, _device.Name, descriptor.ToString(), _clientSap, ex);
            return GetDataResult.Failure(DataAccessResult.HardwareFault);
        }
    }

    private GetDataResult Refuse(string operation, DataAccessResult result)
    {
        ServerLog.ServiceRefused(_device.Logger, _device.Name, _clientSap, operation, DlmsServiceException.Describe(result));
        return GetDataResult.Failure(result);
    }

    /// <summary>Finds the object; returns object-class-inconsistent when the name exists under another class, object-undefined otherwise.</summary>
    private DataAccessResult? Resolve(ushort classId, ObisCode logicalName, out ICosemObject cosemObject)
    {
        if (classId == AssociationLnView.ClassIdValue && logicalName == CurrentAssociation)
        {
            cosemObject = new AssociationLnView(_device, _association!, _conformance, _clientMaxReceivePdu, _clientSap, _serverSap);
            return null;
        }

        if (_device.TryGetObject(classId, logicalName, out cosemObject))
        {
            return null;
        }

        return _device.HasLogicalName(logicalName) ? DataAccessResult.ObjectClassInconsistent : DataAccessResult.ObjectUndefined;
    }
}
