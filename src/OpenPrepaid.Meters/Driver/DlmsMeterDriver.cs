using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using OpenPrepaid.Core.Driver;
using OpenPrepaid.Core.Register;
using OpenPrepaid.Dlms;
using OpenPrepaid.Dlms.Transport;

namespace OpenPrepaid.Meters.Driver;

/// <summary>
/// The DLMS/COSEM implementation of <see cref="IMeterDriver"/>: it maps the prepaid concepts onto the objects of
/// each meter's model file (the reference prepaid model unless configured otherwise) and speaks to the meter
/// over the TCP wrapper or HDLC. Each exchange associates (LLS with the meter's password, or the public client
/// without one), reads or writes in as few requests as the meter allows, and releases. Timeouts, retries and
/// list sizes come from <see cref="DlmsMeterDriverOptions"/>. Thread-safe: exchanges on different connections
/// run in parallel.
/// </summary>
public sealed partial class DlmsMeterDriver : IMeterDriver
{
    private readonly DlmsMeterDriverOptions _options;
    private readonly ILogger _logger;
    private readonly ListCaps _listCaps = new();

    public DlmsMeterDriver(DlmsMeterDriverOptions? options = null, ILogger<DlmsMeterDriver>? logger = null)
    {
        _options = options ?? new DlmsMeterDriverOptions();
        _options.Validate();
        _logger = logger ?? NullLogger<DlmsMeterDriver>.Instance;
    }

    public DlmsMeterDriverOptions Options => _options;

    /// <summary>Opens the channel's stream: a TCP connection (a meter's wrapper port or a serial-to-TCP converter) or a serial port.</summary>
    public async Task<IMeterConnection> OpenAsync(ChannelEndpoint channel, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(channel);

        var stream = await OpenStreamAsync(channel, cancellationToken).ConfigureAwait(false);
        DriverLog.ChannelOpened(_logger, channel.ToString());
        return new DlmsMeterConnection(channel, stream, ct => OpenStreamAsync(channel, ct));
    }

    private async Task<StreamChannel> OpenStreamAsync(ChannelEndpoint channel, CancellationToken cancellationToken)
    {
        try
        {
            if (channel.Kind == ChannelKind.Serial)
            {
                var port = new SerialPortSettings { PortName = channel.SerialPortName!, BaudRate = channel.BaudRate ?? 9600 };
                return SerialPortConnector.Open(port, _options.TrafficCounter);
            }

            return await TcpConnector.ConnectAsync(channel.Host!, channel.Port ?? 0, _options.ConnectTimeout, _options.TrafficCounter, cancellationToken)
                .ConfigureAwait(false);
        }
        catch (DlmsException exception)
        {
            var failure = MeterFailures.ChannelFailed(channel, exception, _options.ConnectTimeout);
            DriverLog.ChannelOpenFailed(_logger, channel.ToString(), failure.Message);
            throw failure;
        }
        catch (ArgumentOutOfRangeException exception)
        {
            throw new MeterExchangeException(string.Empty, MeterFailureKind.ConnectionFailed, $"channel {channel} is not a valid TCP endpoint: {exception.Message}", exception);
        }
    }
}
