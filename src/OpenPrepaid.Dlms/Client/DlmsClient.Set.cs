using OpenPrepaid.Dlms.Axdr;
using OpenPrepaid.Dlms.Xdlms;

namespace OpenPrepaid.Dlms.Client;

/// <summary>SET: normal, with-list, and data blocks for values larger than the meter's max PDU.</summary>
public sealed partial class DlmsClient
{
    /// <summary>Writes one attribute; an error response throws <see cref="DlmsServiceException"/>.</summary>
    public async Task SetAsync(CosemAttributeDescriptor attribute, DlmsData value, SelectiveAccessDescriptor? access = null, CancellationToken cancellationToken = default)
    {
        var result = await TrySetAsync(new AttributeReference(attribute, access), value, cancellationToken).ConfigureAwait(false);
        if (result != DataAccessResult.Success)
        {
            throw new DlmsServiceException($"SET {attribute}", result);
        }
    }

    /// <summary>Writes one attribute and returns the meter's Data-Access-Result.</summary>
    public Task<DataAccessResult> TrySetAsync(AttributeReference reference, DlmsData value, CancellationToken cancellationToken = default) =>
        RunAsync($"SET {reference}", () => SetOneAsync(reference, value, cancellationToken));

    /// <summary>
    /// Writes several attributes with SET-with-list where granted, in chunks that fit the list cap and the max PDU;
    /// single SETs otherwise. Returns one result per attribute, in order.
    /// </summary>
    public Task<IReadOnlyList<DataAccessResult>> SetListAsync(IReadOnlyList<AttributeReference> references, IReadOnlyList<DlmsData> values, CancellationToken cancellationToken = default)
    {
        if (references.Count != values.Count)
        {
            throw new ArgumentException($"{references.Count} attributes but {values.Count} values", nameof(values));
        }

        return RunAsync<IReadOnlyList<DataAccessResult>>($"SET list of {references.Count}", async () =>
        {
            var results = new List<DataAccessResult>(references.Count);
            foreach (var (chunkReferences, chunkValues) in ChunkForSetList(references, values))
            {
                if (chunkReferences.Count == 1)
                {
                    results.Add(await SetOneAsync(chunkReferences[0], chunkValues[0], cancellationToken).ConfigureAwait(false));
                    continue;
                }

                var invokeId = NextInvokeId();
                var request = new SetRequestWithList(invokeId, chunkReferences, chunkValues);
                var answer = await ExchangeCheckedAsync(request, invokeId, $"SET list of {chunkReferences.Count}", cancellationToken).ConfigureAwait(false);
                var list = answer as SetResponseWithList ?? throw Unexpected(answer, "a Set-Response-With-List");
                if (list.Results.Count != chunkReferences.Count)
                {
                    throw new DlmsProtocolException($"Wrote {chunkReferences.Count} attributes, the meter returned {list.Results.Count} results");
                }

                results.AddRange(list.Results);
            }

            return results;
        });
    }

    private async Task<DataAccessResult> SetOneAsync(AttributeReference reference, DlmsData value, CancellationToken cancellationToken)
    {
        EnsureAssociated();
        RequireService(Conformance.Set, "SET");
        var invokeId = NextInvokeId();
        var request = new SetRequestNormal(invokeId, reference, value);
        var size = request.ToArray().Length;
        if (size > ServerMaxReceivePduSize)
        {
            if (!NegotiatedConformance.HasFlag(Conformance.BlockTransferWithSetOrWrite))
            {
                throw new DlmsServiceException(
                    $"SET {reference} needs {size} bytes but the meter accepts at most {ServerMaxReceivePduSize} and did not grant block transfer with SET; the value cannot be written to this meter");
            }

            return await SetWithBlocksAsync(invokeId, reference, DlmsDataCodec.Encode(value), cancellationToken).ConfigureAwait(false);
        }

        var answer = await ExchangeCheckedAsync(request, invokeId, $"SET {reference}", cancellationToken).ConfigureAwait(false);
        return answer is SetResponseNormal normal ? normal.Result : throw Unexpected(answer, "a Set-Response-Normal");
    }

    /// <summary>
    /// Sends an encoded value in data blocks: the first block carries the descriptor, later blocks only the
    /// block header and data, each APDU filled up to the meter's max PDU.
    /// </summary>
    private async Task<DataAccessResult> SetWithBlocksAsync(InvokeIdAndPriority invokeId, AttributeReference reference, byte[] raw, CancellationToken cancellationToken)
    {
        // Tag, choice and invoke id, then the DataBlock-SA header (last flag and block number).
        const int ApduHeader = 3;
        const int BlockHeader = 1 + 4;
        var offset = 0;
        var blockNumber = 1u;
        while (true)
        {
            var overhead = ApduHeader + BlockHeader + (blockNumber == 1 ? reference.EncodedLength : 0);
            var length = Math.Min(MaxChunk(ServerMaxReceivePduSize - overhead), raw.Length - offset);
            if (length <= 0)
            {
                throw new DlmsServiceException($"The meter's max PDU {ServerMaxReceivePduSize} is too small for a SET data block");
            }

            var last = offset + length == raw.Length;
            var block = new DataBlockSa(last, blockNumber, raw[offset..(offset + length)]);
            DlmsApdu request = blockNumber == 1
                ? new SetRequestWithFirstDataBlock(invokeId, reference, block)
                : new SetRequestWithDataBlock(invokeId, block);
            var answer = await ExchangeCheckedAsync(request, invokeId, $"SET {reference} block {blockNumber}", cancellationToken).ConfigureAwait(false);

            switch (answer)
            {
                case SetResponseLastDataBlock final when last:
                    return final.BlockNumber == blockNumber
                        ? final.Result
                        : throw new DlmsProtocolException($"The meter confirmed block {final.BlockNumber}, expected {blockNumber}");
                case SetResponseLastDataBlock aborted:
                    return aborted.Result == DataAccessResult.Success ? DataAccessResult.LongSetAborted : aborted.Result;
                case SetResponseNormal failure:
                    return failure.Result == DataAccessResult.Success ? DataAccessResult.LongSetAborted : failure.Result;
                case SetResponseDataBlock acknowledged when !last:
                    if (acknowledged.BlockNumber != blockNumber)
                    {
                        throw new DlmsProtocolException($"The meter acknowledged block {acknowledged.BlockNumber}, expected {blockNumber}");
                    }

                    break;
                default:
                    throw Unexpected(answer, last ? "a Set-Response-Last-Datablock" : "a Set-Response-Datablock");
            }

            offset += length;
            blockNumber++;
        }
    }

    /// <summary>Largest n for which n data bytes plus their A-XDR length prefix fit in <paramref name="available"/> bytes.</summary>
    internal static int MaxChunk(int available)
    {
        // A 1-byte prefix covers up to 127 bytes, 0x81 nn up to 255, 0x82 nn nn up to 65535.
        var best = -1;
        foreach (var (prefix, limit) in (ReadOnlySpan<(int, int)>)[(1, 0x7F), (2, 0xFF), (3, 0xFFFF)])
        {
            best = Math.Max(best, Math.Min(available - prefix, limit));
        }

        return best;
    }

    private List<(List<AttributeReference>, List<DlmsData>)> ChunkForSetList(IReadOnlyList<AttributeReference> references, IReadOnlyList<DlmsData> values)
    {
        var chunks = new List<(List<AttributeReference>, List<DlmsData>)>();
        var useLists = _options.MaxListSize > 1 && NegotiatedConformance.HasFlag(Conformance.MultipleReferences);

        // Tag, choice, invoke id and two counts of up to 3 bytes each.
        const int ListHeader = 9;
        var currentReferences = new List<AttributeReference>();
        var currentValues = new List<DlmsData>();
        var size = ListHeader;
        for (var i = 0; i < references.Count; i++)
        {
            var length = references[i].EncodedLength + DlmsDataCodec.Encode(values[i]).Length;
            var full = !useLists || currentReferences.Count == _options.MaxListSize || size + length > ServerMaxReceivePduSize;
            if (currentReferences.Count > 0 && full)
            {
                chunks.Add((currentReferences, currentValues));
                currentReferences = [];
                currentValues = [];
                size = ListHeader;
            }

            currentReferences.Add(references[i]);
            currentValues.Add(values[i]);
            size += length;
        }

        if (currentReferences.Count > 0)
        {
            chunks.Add((currentReferences, currentValues));
        }

        return chunks;
    }
}
