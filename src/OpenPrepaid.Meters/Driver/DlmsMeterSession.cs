using System.Text;
using Microsoft.Extensions.Logging;
using OpenPrepaid.Core.Register;
using OpenPrepaid.Dlms;
using OpenPrepaid.Dlms.Acse;
using OpenPrepaid.Dlms.Axdr;
using OpenPrepaid.Dlms.Client;
using OpenPrepaid.Dlms.Transport;
using OpenPrepaid.Dlms.Xdlms;

namespace OpenPrepaid.Meters.Driver;

/// <summary>
/// One association with one meter inside an exchange. It holds the client over its own transport on the channel's
/// stream and the meter's model from its client SAP's view, and it reads and writes in lists as long as the meter takes.
/// </summary>
internal sealed class DlmsMeterSession : IAsyncDisposable
{
    private readonly DlmsClient _client;
    private readonly DlmsMeterDriverOptions _options;
    private readonly ListCaps _caps;
    private readonly ILogger _logger;
    private readonly int _configuredCap;

    private readonly WatchedTransport _transport;

    private DlmsMeterSession(
        DlmsClient client, WatchedTransport transport, MeterAccess meter, ModelMap map, DlmsMeterDriverOptions options, ListCaps caps, ILogger logger)
    {
        _client = client;
        _transport = transport;
        Meter = meter;
        Map = map;
        _options = options;
        _caps = caps;
        _logger = logger;
        _configuredCap = options.ListCapOf(meter.Model);
    }

    public MeterAccess Meter { get; }

    public ModelMap Map { get; }

    public DlmsClient Client => _client;

    public string Serial => Meter.Serial;

    /// <summary>
    /// True while a top-up token may be in the meter and its outcome is not known: from the moment it is handed to
    /// the transport until the meter rejects it outright or its status is read back. A failure in that time is an
    /// unknown outcome and is never tried again.
    /// </summary>
    public bool TokenOutcomePending { get; set; }

    /// <summary>Sequence number of the last token handed to the transport, for log events.</summary>
    public long? TokenSequence { get; set; }

    public static DlmsMeterSession Create(
        MeterAccess meter, ModelMap map, StreamChannel stream, DlmsMeterDriverOptions options, ListCaps caps, ILogger logger)
    {
        var transport = new WatchedTransport(CreateTransport(meter, stream, options, logger));
        var password = meter.Password is { Length: > 0 } text ? Encoding.UTF8.GetBytes(text) : null;
        var cap = caps.Get(meter.Serial, options.ListCapOf(meter.Model));
        var clientOptions = new DlmsClientOptions
        {
            Authentication = password is null ? AuthenticationMechanism.None : AuthenticationMechanism.Low,
            Password = password,
            ResponseTimeout = options.ResponseTimeout,
            MaxReceivePduSize = options.MaxReceivePduSize,
            MaxListSize = cap,
            PeerName = meter.Serial,
        };
        return new DlmsMeterSession(new DlmsClient(transport, clientOptions, logger), transport, meter, map, options, caps, logger);
    }

    public int RequestCount => _client.RequestCount;

    /// <summary>True when a send or receive failed at some point, a release included, so the stream may hold a late response.</summary>
    public bool LinkFailed => _transport.HasFailed;

    public Task AssociateAsync(CancellationToken cancellationToken) => _client.AssociateAsync(cancellationToken);

    /// <summary>Releases the association; a failure only breaks the session, because the work is done.</summary>
    public async Task ReleaseAsync(CancellationToken cancellationToken)
    {
        try
        {
            await _client.ReleaseAsync(cancellationToken).ConfigureAwait(false);
        }
        catch (OperationCanceledException)
        {
            // The exchange's deadline passed during the release; the results stand and the caller marks the stream.
        }
    }

    public ValueTask DisposeAsync() => _client.DisposeAsync();

    /// <summary>
    /// Reads the attributes the model has and this client may read, in as few requests as the meter takes. An
    /// optional attribute the meter does not return is left out; a missing mandatory one throws
    /// <see cref="Core.Driver.MeterExchangeException"/> naming its OBIS code and the model.
    /// </summary>
    public async Task<AttributeValues> ReadAsync(IEnumerable<ModelAttribute> wanted, CancellationToken cancellationToken)
    {
        var plan = wanted.Distinct().Select(Map.FindReadable).OfType<PlannedAttribute>().ToList();
        var values = new AttributeValues();
        if (plan.Count == 0)
        {
            return values;
        }

        var results = await GetListAsync(plan.Select(item => item.Reference).ToList(), cancellationToken).ConfigureAwait(false);
        for (var i = 0; i < plan.Count; i++)
        {
            var item = plan[i];
            var result = results[i];
            if (result.IsSuccess)
            {
                values.Add(item.Id, result.Data!);
                continue;
            }

            if (!item.IsMandatory)
            {
                DriverLog.OptionalAttributeMissing(_logger, Serial, item.ToString(), DlmsServiceException.Describe(result.Result));
                continue;
            }

            throw result.Result == DataAccessResult.ObjectUndefined
                ? MeterFailures.ObjectMissing(Serial, item, Map.Model)
                : MeterFailures.AttributeRejected(Serial, item, result.Result);
        }

        return values;
    }

    /// <summary>Writes the values with SET-with-list where granted, in lists as long as the meter takes; one result per value.</summary>
    public async Task<IReadOnlyList<DataAccessResult>> WriteAsync(
        IReadOnlyList<(PlannedAttribute Attribute, DlmsData Value)> writes, CancellationToken cancellationToken)
    {
        var results = new List<DataAccessResult>(writes.Count);
        var offset = 0;
        while (offset < writes.Count)
        {
            var count = Math.Min(CurrentCap, writes.Count - offset);
            var chunk = writes.Skip(offset).Take(count).ToList();
            try
            {
                results.AddRange(await _client.SetListAsync(
                    chunk.Select(write => write.Attribute.Reference).ToList(), chunk.Select(write => write.Value).ToList(), cancellationToken)
                    .ConfigureAwait(false));
                offset += count;
            }
            catch (DlmsServiceException exception) when (IsListRejected(exception, count))
            {
                // An exception-response means the meter processed none of the list, so a shorter one is safe to send.
                LowerCap(count);
            }
        }

        return results;
    }

    private int CurrentCap => _caps.Get(Serial, _configuredCap);

    private async Task<IReadOnlyList<GetDataResult>> GetListAsync(IReadOnlyList<AttributeReference> references, CancellationToken cancellationToken)
    {
        var results = new List<GetDataResult>(references.Count);
        var offset = 0;
        while (offset < references.Count)
        {
            var count = Math.Min(CurrentCap, references.Count - offset);
            var chunk = references.Skip(offset).Take(count).ToList();
            try
            {
                results.AddRange(await _client.GetListAsync(chunk, cancellationToken).ConfigureAwait(false));
                offset += count;
            }
            catch (DlmsServiceException exception) when (IsListRejected(exception, count))
            {
                LowerCap(count);
            }
        }

        return results;
    }

    private bool IsListRejected(DlmsServiceException exception, int count) =>
        exception.ExceptionResponse is not null && count > 1 && _client.NegotiatedConformance.HasFlag(Conformance.MultipleReferences);

    private void LowerCap(int rejectedCount)
    {
        var cap = Math.Max(1, rejectedCount / 2);
        _caps.Lower(Serial, cap);
        DriverLog.ListCapLowered(_logger, Serial, rejectedCount, cap);
    }

    private static IDlmsTransport CreateTransport(MeterAccess meter, StreamChannel stream, DlmsMeterDriverOptions options, ILogger logger)
    {
        if (!UsesHdlc(meter))
        {
            var wrapper = new WrapperTransportSettings
            {
                ClientPort = checked((ushort)meter.ClientSap),
                ServerPort = checked((ushort)meter.LogicalDeviceAddress),
                TimeProvider = options.TimeProvider,
            };
            return new WrapperTransport(stream, wrapper, logger);
        }

        var hdlc = new HdlcTransportSettings
        {
            ClientAddress = meter.ClientSap,
            ServerUpperAddress = meter.LogicalDeviceAddress,
            ServerLowerAddress = meter.HdlcAddress,
            MaxInformationFieldLengthTransmit = options.HdlcMaxInformationFieldLength,
            MaxInformationFieldLengthReceive = options.HdlcMaxInformationFieldLength,
            WindowSizeTransmit = options.HdlcWindowSize,
            WindowSizeReceive = options.HdlcWindowSize,
            ResponseTimeout = options.ResponseTimeout,
            MaxRetries = options.Retries,
            TimeProvider = options.TimeProvider,
        };
        return new HdlcTransport(stream, hdlc, logger);
    }

    /// <summary>HDLC for meters with a physical address and on serial lines; the TCP wrapper otherwise.</summary>
    public static bool UsesHdlc(MeterAccess meter) => meter.HdlcAddress is not null || meter.Channel.Kind == ChannelKind.Serial;
}
