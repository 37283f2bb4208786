using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using OpenPrepaid.Dlms.Acse;
using OpenPrepaid.Dlms.Transport;
using OpenPrepaid.Dlms.Xdlms;

namespace OpenPrepaid.Dlms.Client;

/// <summary>
/// A DLMS/COSEM client for one association with logical-name referencing: associate, GET, SET, ACTION,
/// release. It uses only the services and PDU size the meter granted. Any failure other than an error answer
/// from the meter breaks the session, and a broken session is never reused: every later call throws.
/// Not thread-safe: one request at a time.
/// </summary>
public sealed partial class DlmsClient : IAsyncDisposable
{
    private readonly IDlmsTransport _transport;
    private readonly DlmsClientOptions _options;
    private readonly ILogger _logger;
    private int _invokeId;
    private State _state = State.Idle;

    public DlmsClient(IDlmsTransport transport, DlmsClientOptions options, ILogger? logger = null)
    {
        ArgumentNullException.ThrowIfNull(transport);
        ArgumentNullException.ThrowIfNull(options);
        options.Validate();
        _transport = transport;
        _options = options;
        _logger = logger ?? NullLogger.Instance;
    }

    private enum State
    {
        Idle,
        Associated,
        Released,
        Broken,
    }

    public bool IsAssociated => _state == State.Associated;

    /// <summary>True once a failure has made this session unusable.</summary>
    public bool IsBroken => _state == State.Broken;

    /// <summary>The services the meter granted in its InitiateResponse.</summary>
    public Conformance NegotiatedConformance { get; private set; }

    /// <summary>Largest APDU the meter accepts (server-max-receive-pdu-size).</summary>
    public int ServerMaxReceivePduSize { get; private set; }

    /// <summary>Opens the link and associates. A rejection throws <see cref="DlmsAssociationException"/> after the link is closed.</summary>
    public async Task AssociateAsync(CancellationToken cancellationToken = default)
    {
        if (_state != State.Idle)
        {
            throw new InvalidOperationException($"Cannot associate in state {_state}; create a new client for a new association");
        }

        try
        {
            await _transport.OpenAsync(cancellationToken).ConfigureAwait(false);
            ClientLog.Associating(_logger, _options.PeerName, _options.Authentication, _options.MaxReceivePduSize);

            var initiate = new InitiateRequest(_options.ProposedConformance, _options.MaxReceivePduSize);
            var aarq = new AarqApdu
            {
                Mechanism = _options.Authentication == AuthenticationMechanism.None ? null : _options.Authentication,
                CallingAuthenticationValue = _options.Authentication == AuthenticationMechanism.Low ? _options.Password : null,
                UserInformation = initiate.Encode(),
            };

            var answer = await ExchangeAsync(aarq, cancellationToken).ConfigureAwait(false);
            if (answer is not AareApdu aare)
            {
                throw new DlmsProtocolException($"Expected an AARE in response to the AARQ, got {answer.GetType().Name}");
            }

            // The result is checked first and on its own: a rejected AARE may carry no user-information at all.
            if (aare.Result != AssociationResult.Accepted)
            {
                await RejectAsync(aare, cancellationToken).ConfigureAwait(false);
            }

            AcceptInitiateResponse(aare);
            _state = State.Associated;
            ClientLog.Associated(_logger, _options.PeerName, ServerMaxReceivePduSize, NegotiatedConformance);
        }
        catch (DlmsAssociationException)
        {
            _state = State.Broken;
            throw;
        }
        catch (Exception ex) when (ex is DlmsException or OperationCanceledException)
        {
            await BreakAsync("associate", ex).ConfigureAwait(false);
            throw;
        }
    }

    private async Task RejectAsync(AareApdu aare, CancellationToken cancellationToken)
    {
        ConfirmedServiceError? initiateError = null;
        if (aare.UserInformation is { Length: > 0 } info && info[0] == ApduTag.ConfirmedServiceError)
        {
            initiateError = ApduDecoder.Decode(info) as ConfirmedServiceError;
        }

        var error = new DlmsAssociationException(aare.Result, aare.Diagnostic, initiateError);
        ClientLog.AssociationRejected(_logger, _options.PeerName, error.Message);

        // Tear the link down cleanly (DISC over HDLC); the same credentials are never tried again here.
        await CloseTransportQuietlyAsync(cancellationToken).ConfigureAwait(false);
        throw error;
    }

    private void AcceptInitiateResponse(AareApdu aare)
    {
        if (aare.UserInformation is not { Length: > 0 } info)
        {
            throw new DlmsProtocolException("Accepted AARE carries no InitiateResponse");
        }

        if (info[0] == ApduTag.ConfirmedServiceError)
        {
            var error = (ConfirmedServiceError)ApduDecoder.Decode(info);
            throw new DlmsAssociationException(AssociationResult.RejectedPermanent, aare.Diagnostic, error);
        }

        var response = InitiateResponse.Decode(info);

        // Use only what both sides support, even if the meter grants more than was proposed.
        NegotiatedConformance = response.NegotiatedConformance & _options.ProposedConformance;

        // Values below 12 are reserved and 0 means "no limit" (IEC 62056-5-3 clause 9.3.2).
        ServerMaxReceivePduSize = response.ServerMaxReceivePduSize < 12 ? 0xFFFF : response.ServerMaxReceivePduSize;
    }

    /// <summary>
    /// Releases the association (RLRQ/RLRE where the meter supports them) and closes the link. Safe to call on a
    /// broken or rejected session: then it only closes the link.
    /// </summary>
    public async Task ReleaseAsync(CancellationToken cancellationToken = default)
    {
        if (_state == State.Associated)
        {
            try
            {
                var answer = await ExchangeAsync(new RlrqApdu(0), cancellationToken).ConfigureAwait(false);
                if (answer is not RlreApdu)
                {
                    throw new DlmsProtocolException($"Expected an RLRE in response to the RLRQ, got {answer.GetType().Name}");
                }
            }
            catch (DlmsException ex)
            {
                // Meters on HDLC often drop the association with the link and do not respond to RLRQ; DISC follows anyway.
                ClientLog.ReleaseFailed(_logger, _options.PeerName, ex);
            }

            _state = State.Released;
            ClientLog.Released(_logger, _options.PeerName);
        }

        await CloseTransportQuietlyAsync(cancellationToken).ConfigureAwait(false);
    }

    public async ValueTask DisposeAsync()
    {
        if (_state == State.Associated)
        {
            using var timeout = new CancellationTokenSource(_options.ResponseTimeout);
            await ReleaseAsync(timeout.Token).ConfigureAwait(false);
        }

        await _transport.DisposeAsync().ConfigureAwait(false);
    }

    private async Task CloseTransportQuietlyAsync(CancellationToken cancellationToken)
    {
        try
        {
            await _transport.CloseAsync(cancellationToken).ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is DlmsException or OperationCanceledException or IOException)
        {
            ClientLog.ReleaseFailed(_logger, _options.PeerName, ex);
        }
    }

    private void EnsureAssociated()
    {
        if (_state != State.Associated)
        {
            throw new InvalidOperationException(_state == State.Broken
                ? $"The session with {_options.PeerName} is broken by an earlier failure; open a new one"
                : $"The session with {_options.PeerName} is not associated (state {_state})");
        }
    }

    private async Task BreakAsync(string operation, Exception exception)
    {
        if (_state == State.Broken)
        {
            return;
        }

        _state = State.Broken;
        ClientLog.SessionBroken(_logger, _options.PeerName, operation, exception);
        await CloseTransportQuietlyAsync(CancellationToken.None).ConfigureAwait(false);
    }

    private InvokeIdAndPriority NextInvokeId()
    {
        _invokeId = (_invokeId + 1) % 16;
        return InvokeIdAndPriority.Create(_invokeId);
    }

    /// <summary>Sends one APDU and waits for the next one within the response timeout.</summary>
    private async Task<DlmsApdu> ExchangeAsync(DlmsApdu request, CancellationToken cancellationToken)
    {
        var bytes = request.ToArray();
        if (_state == State.Associated && bytes.Length > ServerMaxReceivePduSize)
        {
            throw new InvalidOperationException(
                $"{request.GetType().Name} of {bytes.Length} bytes exceeds the meter's max PDU {ServerMaxReceivePduSize}");
        }

        ClientLog.Sent(_logger, _options.PeerName, bytes.Length, request.GetType().Name);
        await _transport.SendAsync(bytes, cancellationToken).ConfigureAwait(false);

        var answer = await _transport.ReceiveAsync(_options.ResponseTimeout, cancellationToken).ConfigureAwait(false);
        ClientLog.Received(_logger, _options.PeerName, answer.Length);
        return ApduDecoder.Decode(answer.Span);
    }
}
