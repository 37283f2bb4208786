using OpenPrepaid.Dlms.Acse;
using OpenPrepaid.Dlms.Xdlms;

namespace OpenPrepaid.Dlms.Client;

/// <summary>Settings of one client association with one logical device.</summary>
public sealed record DlmsClientOptions
{
    /// <summary>None (public client) or <see cref="AuthenticationMechanism.Low"/> with <see cref="Password"/>.</summary>
    public AuthenticationMechanism Authentication { get; init; } = AuthenticationMechanism.None;

    /// <summary>The LLS password. Never logged.</summary>
    public byte[]? Password { get; init; }

    public Conformance ProposedConformance { get; init; } = Conformance.DefaultLogicalName;

    /// <summary>Largest APDU this client accepts; larger GET responses must come as data blocks. 0xFFFF is common.</summary>
    public ushort MaxReceivePduSize { get; init; } = 0xFFFF;

    /// <summary>How long to wait for each response APDU.</summary>
    public TimeSpan ResponseTimeout { get; init; } = TimeSpan.FromSeconds(5);

    /// <summary>
    /// Most attributes one GET-with-list or SET-with-list may carry for this meter. Some meters take short lists
    /// only; 1 turns lists off. The negotiated conformance can turn them off too.
    /// </summary>
    public int MaxListSize { get; init; } = 32;

    /// <summary>Largest value a block transfer may assemble, so a meter cannot make the client allocate without bound.</summary>
    public int MaxBlockTransferSize { get; init; } = 1 << 20;

    /// <summary>Name of the peer in log events, such as the meter serial. Never a secret.</summary>
    public string PeerName { get; init; } = "meter";

    public void Validate()
    {
        if (Authentication == AuthenticationMechanism.Low && (Password is null || Password.Length == 0))
        {
            throw new ArgumentException("Low level security needs a password; set Password or use AuthenticationMechanism.None");
        }

        if (Authentication is not (AuthenticationMechanism.None or AuthenticationMechanism.Low))
        {
            throw new NotSupportedException($"Authentication mechanism {Authentication} is not supported yet; use None or Low");
        }

        ArgumentOutOfRangeException.ThrowIfLessThan(MaxListSize, 1);
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(ResponseTimeout, TimeSpan.Zero);
    }
}
