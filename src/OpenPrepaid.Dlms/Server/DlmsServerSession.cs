using System.Security.Cryptography;
using OpenPrepaid.Dlms.Acse;
using OpenPrepaid.Dlms.Axdr;
using OpenPrepaid.Dlms.Xdlms;

namespace OpenPrepaid.Dlms.Server;

/// <summary>
/// The application-layer state of one client on one logical device: association, then GET, SET and ACTION.
/// Every request gets a response: requests it cannot serve get the protocol's own error replies
/// (a Data-Access-Result, an Action-Result or an exception-response), never silence.
/// </summary>
public sealed partial class DlmsServerSession : IDlmsApduSession
{
    private readonly CosemLogicalDevice _device;
    private readonly ushort _clientSap;
    private readonly ushort _serverSap;
    private ClientAssociationSettings? _association;
    private Conformance _conformance;
    private int _clientMaxReceivePdu;

    internal DlmsServerSession(CosemLogicalDevice device, ushort clientSap, ushort serverSap)
    {
        _device = device;
        _clientSap = clientSap;
        _serverSap = serverSap;
    }

    public bool IsAssociated => _association is not null;

    private CosemCallContext Context => new(_clientSap, _serverSap);

    public ReadOnlyMemory<byte> Process(ReadOnlySpan<byte> request)
    {
        lock (_device.SyncRoot)
        {
            _device.BeforeEachRequest?.Invoke();
            return Handle(request).ToArray();
        }
    }

    public void Dispose()
    {
        _association = null;
        _pendingGet = null;
        _pendingSet = null;
    }

    private DlmsApdu Handle(ReadOnlySpan<byte> request)
    {
        if (_association is not null && request.Length > _association.MaxReceivePduSize)
        {
            ServerLog.ServiceRefused(_device.Logger, _device.Name, _clientSap, $"request of {request.Length} bytes", "pdu-too-long");
            return new ExceptionResponse(ExceptionStateError.ServiceNotAllowed, ExceptionServiceError.PduTooLong);
        }

        DlmsApdu apdu;
        try
        {
            apdu = ApduDecoder.Decode(request);
        }
        catch (DlmsProtocolException ex)
        {
            ServerLog.UndecodableRequest(_device.Logger, _device.Name, _clientSap, ex);
            return new ExceptionResponse(ExceptionStateError.ServiceUnknown, ExceptionServiceError.OtherReason);
        }

        if (apdu is AarqApdu aarq)
        {
            return Associate(aarq);
        }

        if (apdu is RlrqApdu)
        {
            ServerLog.Released(_device.Logger, _device.Name, _clientSap);
            Dispose();
            return new RlreApdu(0);
        }

        if (_association is null)
        {
            ServerLog.ServiceRefused(_device.Logger, _device.Name, _clientSap, apdu.GetType().Name, "not associated");
            return new ExceptionResponse(ExceptionStateError.ServiceNotAllowed, ExceptionServiceError.OperationNotPossible);
        }

        return apdu switch
        {
            GetRequestNormal get => Require(Conformance.Get) ?? GetNormal(get),
            GetRequestNext next => Require(Conformance.Get) ?? GetNext(next),
            GetRequestWithList list => Require(Conformance.Get | Conformance.MultipleReferences) ?? CheckListSize(list.References.Count) ?? GetWithList(list),
            SetRequestNormal set => Require(Conformance.Set) ?? SetNormal(set),
            SetRequestWithFirstDataBlock first => Require(Conformance.Set | Conformance.BlockTransferWithSetOrWrite) ?? SetFirstBlock(first),
            SetRequestWithDataBlock block => Require(Conformance.Set | Conformance.BlockTransferWithSetOrWrite) ?? SetNextBlock(block),
            SetRequestWithList list => Require(Conformance.Set | Conformance.MultipleReferences) ?? CheckListSize(list.References.Count) ?? SetWithList(list),
            ActionRequestNormal action => Require(Conformance.Action) ?? Action(action),
            _ => new ExceptionResponse(ExceptionStateError.ServiceUnknown, ExceptionServiceError.ServiceNotSupported),
        };
    }

    /// <summary>Answers D8 01 02 (service-not-allowed, service-not-supported) for a service outside the negotiated conformance.</summary>
    private ExceptionResponse? Require(Conformance services)
    {
        if ((_conformance & services) == services)
        {
            return null;
        }

        ServerLog.ServiceRefused(_device.Logger, _device.Name, _clientSap, (services & ~_conformance).ToString(), "not negotiated");
        return new ExceptionResponse(ExceptionStateError.ServiceNotAllowed, ExceptionServiceError.ServiceNotSupported);
    }

    private ExceptionResponse? CheckListSize(int count)
    {
        if (count <= _association!.MaxListSize)
        {
            return null;
        }

        ServerLog.ServiceRefused(_device.Logger, _device.Name, _clientSap, $"list of {count}", $"more than {_association.MaxListSize} items");
        return new ExceptionResponse(ExceptionStateError.ServiceNotAllowed, ExceptionServiceError.OperationNotPossible);
    }

    private DlmsApdu Associate(AarqApdu aarq)
    {
        Dispose();
        var settings = _device.FindAssociation(_clientSap);
        if (aarq.ApplicationContext != ApplicationContextName.LogicalNameNoCiphering)
        {
            return Reject(AcseServiceUserDiagnostic.ApplicationContextNameNotSupported, "application context not supported");
        }

        if (settings is null)
        {
            return Reject(AcseServiceUserDiagnostic.NoReasonGiven, "no association for this client SAP");
        }

        var mechanism = aarq.Mechanism ?? AuthenticationMechanism.None;
        if (mechanism != settings.Mechanism)
        {
            return settings.Mechanism != AuthenticationMechanism.None && mechanism == AuthenticationMechanism.None
                ? Reject(AcseServiceUserDiagnostic.AuthenticationRequired, "authentication required")
                : Reject(AcseServiceUserDiagnostic.AuthenticationMechanismNameNotRecognised, $"mechanism {mechanism} not accepted");
        }

        if (mechanism == AuthenticationMechanism.Low
            && !CryptographicOperations.FixedTimeEquals(aarq.CallingAuthenticationValue ?? [], settings.Password ?? []))
        {
            return Reject(AcseServiceUserDiagnostic.AuthenticationFailure, "wrong password");
        }

        InitiateRequest initiate;
        try
        {
            initiate = InitiateRequest.Decode(aarq.UserInformation ?? []);
        }
        catch (DlmsProtocolException ex)
        {
            ServerLog.UndecodableRequest(_device.Logger, _device.Name, _clientSap, ex);
            return Reject(AcseServiceUserDiagnostic.NoReasonGiven, "no valid InitiateRequest", ConfirmedServiceError.Initiate(InitiateError.Other));
        }

        if (initiate.DlmsVersion < 6)
        {
            return Reject(AcseServiceUserDiagnostic.NoReasonGiven, $"DLMS version {initiate.DlmsVersion}", ConfirmedServiceError.Initiate(InitiateError.DlmsVersionTooLow));
        }

        var conformance = initiate.ProposedConformance & settings.Conformance;
        if (conformance == Conformance.None)
        {
            return Reject(AcseServiceUserDiagnostic.NoReasonGiven, "no common services", ConfirmedServiceError.Initiate(InitiateError.IncompatibleConformance));
        }

        // 0 means "no limit"; 1..11 are reserved, too short for any APDU (IEC 62056-5-3 clause 9.3.2).
        if (initiate.ClientMaxReceivePduSize is > 0 and < 12)
        {
            return Reject(AcseServiceUserDiagnostic.NoReasonGiven, $"client max PDU {initiate.ClientMaxReceivePduSize}", ConfirmedServiceError.Initiate(InitiateError.PduSizeTooShort));
        }

        _association = settings;
        _conformance = conformance;
        _clientMaxReceivePdu = initiate.ClientMaxReceivePduSize == 0 ? 0xFFFF : initiate.ClientMaxReceivePduSize;
        ServerLog.Associated(_device.Logger, _device.Name, _clientSap, _clientMaxReceivePdu);

        var response = new InitiateResponse(conformance, settings.MaxReceivePduSize);
        return new AareApdu
        {
            Result = AssociationResult.Accepted,
            Diagnostic = ResultSourceDiagnostic.User(AcseServiceUserDiagnostic.Null),
            Mechanism = mechanism == AuthenticationMechanism.None ? null : mechanism,
            UserInformation = response.Encode(),
        };
    }

    private AareApdu Reject(AcseServiceUserDiagnostic diagnostic, string reason, ConfirmedServiceError? error = null)
    {
        ServerLog.AssociationRejected(_device.Logger, _device.Name, _clientSap, reason);
        return new AareApdu
        {
            Result = AssociationResult.RejectedPermanent,
            Diagnostic = ResultSourceDiagnostic.User(diagnostic),
            UserInformation = error?.ToArray(),
        };
    }
}
