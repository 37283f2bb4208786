using OpenPrepaid.Dlms.Axdr;
using OpenPrepaid.Dlms.Xdlms;

namespace OpenPrepaid.Dlms.Client;

/// <summary>GET: normal, with-list split to what the meter granted, and data blocks for long responses.</summary>
public sealed partial class DlmsClient
{
    /// <summary>Reads one attribute; an error response throws <see cref="DlmsServiceException"/> with the Data-Access-Result.</summary>
    public async Task<DlmsData> GetAsync(CosemAttributeDescriptor attribute, SelectiveAccessDescriptor? access = null, CancellationToken cancellationToken = default)
    {
        var result = await TryGetAsync(new AttributeReference(attribute, access), cancellationToken).ConfigureAwait(false);
        if (!result.IsSuccess)
        {
            throw new DlmsServiceException($"GET {attribute}", result.Result);
        }

        return result.Data!;
    }

    /// <summary>Reads one attribute and returns the value or the Data-Access-Result the meter returned.</summary>
    public Task<GetDataResult> TryGetAsync(AttributeReference reference, CancellationToken cancellationToken = default) =>
        RunAsync($"GET {reference}", () => GetNormalAsync(reference, cancellationToken));

    /// <summary>
    /// Reads several attributes in as few requests as the meter allows: GET-with-list when multiple references
    /// were granted, in chunks of at most <see cref="DlmsClientOptions.MaxListSize"/> that fit the meter's
    /// max PDU; single GETs otherwise. Returns one result per reference, in order; an error on one attribute
    /// fails only that result.
    /// </summary>
    public Task<IReadOnlyList<GetDataResult>> GetListAsync(IReadOnlyList<AttributeReference> references, CancellationToken cancellationToken = default) =>
        RunAsync<IReadOnlyList<GetDataResult>>($"GET list of {references.Count}", async () =>
        {
            var results = new List<GetDataResult>(references.Count);
            foreach (var chunk in ChunkForList(references))
            {
                if (chunk.Count == 1)
                {
                    results.Add(await GetNormalAsync(chunk[0], cancellationToken).ConfigureAwait(false));
                }
                else
                {
                    results.AddRange(await GetWithListAsync(chunk, cancellationToken).ConfigureAwait(false));
                }
            }

            return results;
        });

    /// <summary>Number of request round trips the last list or single operations took, for benchmarks and tests.</summary>
    public int RequestCount { get; private set; }

    private async Task<GetDataResult> GetNormalAsync(AttributeReference reference, CancellationToken cancellationToken)
    {
        EnsureAssociated();
        RequireService(Conformance.Get, "GET");
        var invokeId = NextInvokeId();
        var answer = await ExchangeCheckedAsync(new GetRequestNormal(invokeId, reference), invokeId, $"GET {reference}", cancellationToken).ConfigureAwait(false);
        switch (answer)
        {
            case GetResponseNormal normal:
                return normal.Result;
            case GetResponseWithDataBlock block:
                var raw = await ReceiveBlocksAsync(invokeId, block, cancellationToken).ConfigureAwait(false);
                return raw.Failure is { } failure ? GetDataResult.Failure(failure) : GetDataResult.Success(DlmsDataCodec.Decode(raw.Data));
            default:
                throw Unexpected(answer, "a Get-Response");
        }
    }

    private async Task<IReadOnlyList<GetDataResult>> GetWithListAsync(IReadOnlyList<AttributeReference> chunk, CancellationToken cancellationToken)
    {
        EnsureAssociated();
        var invokeId = NextInvokeId();
        var answer = await ExchangeCheckedAsync(new GetRequestWithList(invokeId, chunk), invokeId, $"GET list of {chunk.Count}", cancellationToken).ConfigureAwait(false);
        IReadOnlyList<GetDataResult> results;
        switch (answer)
        {
            case GetResponseWithList list:
                results = list.Results;
                break;
            case GetResponseWithDataBlock block:
                var raw = await ReceiveBlocksAsync(invokeId, block, cancellationToken).ConfigureAwait(false);
                if (raw.Failure is { } failure)
                {
                    throw new DlmsServiceException($"GET list of {chunk.Count}", failure);
                }

                results = DecodeResultList(raw.Data);
                break;
            default:
                throw Unexpected(answer, "a Get-Response-With-List");
        }

        if (results.Count != chunk.Count)
        {
            throw new DlmsProtocolException($"Asked for {chunk.Count} attributes, the meter returned {results.Count} results");
        }

        return results;
    }

    private static GetDataResult[] DecodeResultList(byte[] raw)
    {
        var reader = new AxdrReader(raw);
        var count = reader.ReadCount(2, "Get-Data-Result list");
        var results = new GetDataResult[count];
        for (var i = 0; i < count; i++)
        {
            results[i] = GetDataResult.Read(ref reader);
        }

        if (!reader.IsAtEnd)
        {
            throw new DlmsProtocolException($"{reader.Remaining} unexpected bytes after the block-transferred results", reader.Position);
        }

        return results;
    }

    /// <summary>Collects data blocks, acknowledging each with Get-Request-Next, until the last block.</summary>
    private async Task<(byte[] Data, DataAccessResult? Failure)> ReceiveBlocksAsync(InvokeIdAndPriority invokeId, GetResponseWithDataBlock first, CancellationToken cancellationToken)
    {
        var collected = new MemoryStream();
        var block = first;
        var expected = 1u;
        while (true)
        {
            if (block.BlockNumber != expected)
            {
                throw new DlmsProtocolException($"Expected data block {expected}, the meter sent block {block.BlockNumber}");
            }

            if (block.RawData is null)
            {
                return ([], block.Result);
            }

            if (collected.Length + block.RawData.Length > _options.MaxBlockTransferSize)
            {
                throw new DlmsProtocolException($"Block transfer exceeds {_options.MaxBlockTransferSize} bytes; raise MaxBlockTransferSize if the meter really sends that much");
            }

            collected.Write(block.RawData);
            if (block.LastBlock)
            {
                return (collected.ToArray(), null);
            }

            var answer = await ExchangeCheckedAsync(new GetRequestNext(invokeId, block.BlockNumber), invokeId, "GET next block", cancellationToken).ConfigureAwait(false);
            block = answer as GetResponseWithDataBlock ?? throw Unexpected(answer, "a Get-Response-With-Datablock");
            expected++;
        }
    }

    /// <summary>Splits references into request-sized chunks: by the list cap and by the meter's max PDU.</summary>
    private List<IReadOnlyList<AttributeReference>> ChunkForList(IReadOnlyList<AttributeReference> references)
    {
        var chunks = new List<IReadOnlyList<AttributeReference>>();
        var useLists = _options.MaxListSize > 1 && NegotiatedConformance.HasFlag(Conformance.MultipleReferences);
        if (!useLists)
        {
            chunks.AddRange(references.Select(reference => (IReadOnlyList<AttributeReference>)[reference]));
            return chunks;
        }

        // Tag, choice, invoke id and up to 3 bytes of count.
        const int ListHeader = 6;
        var current = new List<AttributeReference>();
        var size = ListHeader;
        foreach (var reference in references)
        {
            var length = reference.EncodedLength;
            if (current.Count > 0 && (current.Count == _options.MaxListSize || size + length > ServerMaxReceivePduSize))
            {
                chunks.Add(current);
                current = [];
                size = ListHeader;
            }

            current.Add(reference);
            size += length;
        }

        if (current.Count > 0)
        {
            chunks.Add(current);
        }

        return chunks;
    }
}
