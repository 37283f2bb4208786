using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using OpenPrepaid.Dlms.Cosem;

namespace OpenPrepaid.Dlms.Server;

/// <summary>
/// A logical device of a COSEM server: its objects, the associations it grants per client SAP, and the
/// faults to inject into its exchanges. One instance serves any number of concurrent sessions; requests on
/// one device are handled one at a time under <see cref="SyncRoot"/>.
/// </summary>
public sealed class CosemLogicalDevice : IDlmsServerEndpoint
{
    private readonly Dictionary<(ushort ClassId, ObisCode Name), ICosemObject> _objects = [];
    private readonly List<ICosemObject> _objectOrder = [];
    private readonly Dictionary<ushort, ClientAssociationSettings> _associations = [];

    public CosemLogicalDevice(string name, ushort serverSap = 1, ILogger? logger = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        Name = name;
        ServerSap = serverSap;
        Logger = logger ?? NullLogger.Instance;
    }

    /// <summary>Name used in log events, such as the meter serial.</summary>
    public string Name { get; }

    /// <summary>The logical device address (upper HDLC address or wrapper wPort); 1 is the management logical device.</summary>
    public ushort ServerSap { get; }

    public ILogger Logger { get; }

    /// <summary>Lock held while a request is handled; hold it too when changing object state from outside.</summary>
    public object SyncRoot { get; } = new();

    /// <summary>Called under <see cref="SyncRoot"/> before each request is handled, for example to advance simulated time.</summary>
    public Action? BeforeEachRequest { get; set; }

    /// <summary>Chooses the fault for each exchange; null injects none.</summary>
    public Func<ExchangeKind, ExchangeFault>? FaultSource { get; set; }

    public IReadOnlyList<ICosemObject> Objects => _objectOrder;

    public void AddObject(ICosemObject cosemObject)
    {
        ArgumentNullException.ThrowIfNull(cosemObject);
        if (!_objects.TryAdd((cosemObject.ClassId, cosemObject.LogicalName), cosemObject))
        {
            throw new ArgumentException($"Object class {cosemObject.ClassId} {cosemObject.LogicalName} is already registered", nameof(cosemObject));
        }

        _objectOrder.Add(cosemObject);
    }

    public void AddAssociation(ClientAssociationSettings settings)
    {
        ArgumentNullException.ThrowIfNull(settings);
        _associations[settings.ClientSap] = settings;
    }

    public bool TryGetObject(ushort classId, ObisCode logicalName, out ICosemObject cosemObject) =>
        _objects.TryGetValue((classId, logicalName), out cosemObject!);

    /// <summary>True when an object with this logical name exists under another class id.</summary>
    public bool HasLogicalName(ObisCode logicalName) => _objectOrder.Any(o => o.LogicalName == logicalName);

    public ClientAssociationSettings? FindAssociation(ushort clientSap) => _associations.GetValueOrDefault(clientSap);

    public IDlmsApduSession OpenSession(ushort clientSap, ushort serverSap) => new DlmsServerSession(this, clientSap, serverSap);

    public ExchangeFault NextFault(ExchangeKind kind) => FaultSource?.Invoke(kind) ?? ExchangeFault.None;
}
