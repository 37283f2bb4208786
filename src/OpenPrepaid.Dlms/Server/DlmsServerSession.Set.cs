using OpenPrepaid.Dlms.Axdr;
using OpenPrepaid.Dlms.Xdlms;

namespace OpenPrepaid.Dlms.Server;

/// <summary>SET: normal, with-list, and values that arrive in data blocks.</summary>
public sealed partial class DlmsServerSession
{
    /// <summary>Largest value a SET block transfer may assemble; a longer transfer is aborted with long-set-aborted.</summary>
    public const int MaxSetBlockTransferSize = 64 * 1024;

    private PendingSet? _pendingSet;

    private sealed class PendingSet(AttributeReference reference)
    {
        public AttributeReference Reference { get; } = reference;

        public MemoryStream Raw { get; } = new();

        public uint LastBlock { get; set; }
    }

    private DlmsApdu SetNormal(SetRequestNormal request)
    {
        _pendingSet = null;
        return new SetResponseNormal(request.InvokeId, WriteAttribute(request.Reference, request.Value));
    }

    private DlmsApdu SetWithList(SetRequestWithList request)
    {
        _pendingSet = null;
        var results = new DataAccessResult[request.References.Count];
        for (var i = 0; i < results.Length; i++)
        {
            results[i] = WriteAttribute(request.References[i], request.Values[i]);
        }

        return new SetResponseWithList(request.InvokeId, results);
    }

    private DlmsApdu SetFirstBlock(SetRequestWithFirstDataBlock request)
    {
        _pendingSet = new PendingSet(request.Reference);
        return AcceptBlock(request.InvokeId, request.Block);
    }

    private DlmsApdu SetNextBlock(SetRequestWithDataBlock request)
    {
        if (_pendingSet is null)
        {
            return new SetResponseLastDataBlock(request.InvokeId, DataAccessResult.NoLongSetInProgress, request.Block.BlockNumber);
        }

        return AcceptBlock(request.InvokeId, request.Block);
    }

    private DlmsApdu AcceptBlock(InvokeIdAndPriority invokeId, DataBlockSa block)
    {
        var pending = _pendingSet!;
        if (block.BlockNumber != pending.LastBlock + 1)
        {
            _pendingSet = null;
            return new SetResponseLastDataBlock(invokeId, DataAccessResult.DataBlockNumberInvalid, block.BlockNumber);
        }

        if (pending.Raw.Length + block.RawData.Length > MaxSetBlockTransferSize)
        {
            _pendingSet = null;
            return new SetResponseLastDataBlock(invokeId, DataAccessResult.LongSetAborted, block.BlockNumber);
        }

        pending.Raw.Write(block.RawData);
        pending.LastBlock = block.BlockNumber;
        if (!block.LastBlock)
        {
            return new SetResponseDataBlock(invokeId, block.BlockNumber);
        }

        _pendingSet = null;
        DlmsData value;
        try
        {
            value = DlmsDataCodec.Decode(pending.Raw.ToArray());
        }
        catch (DlmsProtocolException ex)
        {
            ServerLog.UndecodableRequest(_device.Logger, _device.Name, _clientSap, ex);
            return new SetResponseLastDataBlock(invokeId, DataAccessResult.TypeUnmatched, block.BlockNumber);
        }

        return new SetResponseLastDataBlock(invokeId, WriteAttribute(pending.Reference, value), block.BlockNumber);
    }

    private DataAccessResult WriteAttribute(AttributeReference reference, DlmsData value)
    {
        var descriptor = reference.Attribute;
        var operation = $"SET {descriptor}";
        var failure = Resolve(descriptor.ClassId, descriptor.Instance, out var cosemObject);
        if (failure is { } objectFailure)
        {
            return Refuse(operation, objectFailure).Result;
        }

        var attributeId = descriptor.AttributeId;
        if (!cosemObject.AttributeIds.Contains(attributeId))
        {
            return Refuse(operation, DataAccessResult.ObjectUndefined).Result;
        }

        var access = cosemObject.GetAttributeAccess(_clientSap, attributeId);
        if (attributeId == 1 || access is not (AttributeAccessMode.WriteOnly or AttributeAccessMode.ReadAndWrite))
        {
            return Refuse(operation, DataAccessResult.ReadWriteDenied).Result;
        }

        try
        {
            var result = cosemObject.SetAttribute(attributeId, value, Context);
            if (result == DataAccessResult.Success)
            {
                ServerLog.Operation(_device.Logger, _device.Name, _clientSap, operation);
            }
            else
            {
                ServerLog.ServiceRefused(_device.Logger, _device.Name, _clientSap, operation, DlmsServiceException.Describe(result));
            }

            return result;
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            ServerLog.ObjectFailed(_device.Logger, _device.Name, descriptor.ToString(), _clientSap, ex);
            return DataAccessResult.HardwareFault;
        }
    }
}
