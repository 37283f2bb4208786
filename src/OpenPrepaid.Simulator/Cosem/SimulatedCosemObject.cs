using Microsoft.Extensions.Logging;
using OpenPrepaid.Dlms.Axdr;
using OpenPrepaid.Dlms.Cosem;
using OpenPrepaid.Dlms.Server;
using OpenPrepaid.Dlms.Xdlms;
using OpenPrepaid.Meters.Models;
using OpenPrepaid.Simulator.Behaviour;
using AttributeAccessMode = OpenPrepaid.Dlms.Server.AttributeAccessMode;
using MethodAccessMode = OpenPrepaid.Dlms.Server.MethodAccessMode;
using ModelAccessMode = OpenPrepaid.Meters.Models.AttributeAccessMode;

namespace OpenPrepaid.Simulator.Cosem;

/// <summary>
/// A COSEM object of a simulated meter, described by its definition in the meter model: class, version,
/// logical name, attribute and method indexes, access rights per client SAP and A-XDR types all come from
/// the model. Subclasses bind each attribute and method to the <see cref="SimulatedMeter"/>. A value of the
/// wrong shape gets type-unmatched before a binding runs, and a write or method that the meter rejects gets
/// other-reason.
/// </summary>
public abstract class SimulatedCosemObject : ICosemObject
{
    private readonly Dictionary<int, Func<MeterSnapshot, DlmsData>> _readers = [];
    private readonly Dictionary<int, Func<DlmsData, WriteResult>> _writers = [];
    private readonly Dictionary<int, Func<DlmsData, CosemActionResult>> _methods = [];
    private readonly SnapshotCache _state;
    private readonly ILogger _logger;

    private protected SimulatedCosemObject(CosemObjectDefinition definition, SnapshotCache state, ILogger logger)
    {
        ArgumentNullException.ThrowIfNull(definition);
        Definition = definition;
        _state = state;
        _logger = logger;
        AttributeIds = [.. definition.Attributes.Select(attribute => (int)attribute.Index)];
        MethodIds = [.. definition.Methods.Select(method => (int)method.Index)];
    }

    public CosemObjectDefinition Definition { get; }

    public ushort ClassId => Definition.ClassId;

    public byte Version => Definition.Version;

    public ObisCode LogicalName => Definition.LogicalName;

    public IReadOnlyList<int> AttributeIds { get; }

    public IReadOnlyList<int> MethodIds { get; }

    private protected SimulatedMeter Meter => _state.Meter;

    private protected string Serial => _state.Meter.SerialNumber;

    public AttributeAccessMode GetAttributeAccess(ushort clientSap, int attributeId)
    {
        var attribute = Definition.FindAttribute(attributeId);

        // The two enumerations share the values of the Association LN access_mode.
        return attribute is null ? AttributeAccessMode.NoAccess : (AttributeAccessMode)(byte)attribute.AccessFor(clientSap);
    }

    public MethodAccessMode GetMethodAccess(ushort clientSap, int methodId)
    {
        var method = Definition.FindMethod(methodId);
        return method is not null && method.CanInvoke(clientSap) ? MethodAccessMode.Access : MethodAccessMode.NoAccess;
    }

    public GetDataResult GetAttribute(int attributeId, SelectiveAccessDescriptor? access, CosemCallContext context)
    {
        if (!_readers.TryGetValue(attributeId, out var read))
        {
            return GetDataResult.Failure(DataAccessResult.ReadWriteDenied);
        }

        if (access is not null)
        {
            // None of the reference meter's attributes takes selective access (no profiles yet).
            return GetDataResult.Failure(DataAccessResult.OtherReason);
        }

        CosemLog.AttributeRead(_logger, Serial, context.ClientSap, Definition.Key, attributeId);
        return GetDataResult.Success(read(_state.Current));
    }

    public DataAccessResult SetAttribute(int attributeId, DlmsData value, CosemCallContext context)
    {
        var attribute = Definition.FindAttribute(attributeId);
        if (attribute is null || !_writers.TryGetValue(attributeId, out var write))
        {
            return DataAccessResult.ReadWriteDenied;
        }

        if (!CosemValueShape.Matches(value, attribute.Type))
        {
            CosemLog.WrongType(_logger, Serial, context.ClientSap, Definition.Key, attribute.Name, value.Type, attribute.Type.ToString());
            return DataAccessResult.TypeUnmatched;
        }

        var result = write(value);
        _state.Invalidate();
        return result.IsApplied ? DataAccessResult.Success : DataAccessResult.OtherReason;
    }

    public CosemActionResult Invoke(int methodId, DlmsData? parameters, CosemCallContext context)
    {
        var method = Definition.FindMethod(methodId);
        if (method is null || !_methods.TryGetValue(methodId, out var invoke))
        {
            return new CosemActionResult(ActionResult.ObjectUndefined);
        }

        var argument = parameters ?? NullData.Instance;
        if (!CosemValueShape.Matches(argument, method.Parameter))
        {
            CosemLog.WrongType(_logger, Serial, context.ClientSap, Definition.Key, method.Name, argument.Type, method.Parameter.ToString());
            return new CosemActionResult(ActionResult.TypeUnmatched);
        }

        var outcome = invoke(argument);
        _state.Invalidate();
        return outcome;
    }

    public override string ToString() => Definition.ToString();

    /// <summary>Binds a readable attribute.</summary>
    private protected void Attribute(int index, Func<MeterSnapshot, DlmsData> read)
    {
        _readers.Add(index, read);
    }

    /// <summary>Binds an attribute that management writes; <paramref name="read"/> is null for a write-only one.</summary>
    private protected void Attribute(int index, Func<MeterSnapshot, DlmsData>? read, Func<DlmsData, WriteResult> write)
    {
        if (read is not null)
        {
            _readers.Add(index, read);
        }

        _writers.Add(index, write);
    }

    private protected void Method(int index, Func<DlmsData, CosemActionResult> invoke)
    {
        _methods.Add(index, invoke);
    }

    /// <summary>
    /// Checks that every attribute (but logical_name, which the engine serves) and every method of the model has
    /// a binding, and that every attribute some client may write has a writer.
    /// </summary>
    internal void EnsureComplete()
    {
        foreach (var attribute in Definition.Attributes.Where(attribute => attribute.Index != 1))
        {
            var writable = attribute.Access.Values.Any(mode => mode is ModelAccessMode.WriteOnly or ModelAccessMode.ReadAndWrite);
            var readable = attribute.Access.Values.Any(mode => mode is ModelAccessMode.ReadOnly or ModelAccessMode.ReadAndWrite);
            if ((readable && !_readers.ContainsKey(attribute.Index)) || (writable && !_writers.ContainsKey(attribute.Index)))
            {
                throw new InvalidOperationException($"The simulator does not serve attribute {attribute.Index} ({attribute.Name}) of {Definition}.");
            }
        }

        var missing = Definition.Methods.FirstOrDefault(method => !_methods.ContainsKey(method.Index));
        if (missing is not null)
        {
            throw new InvalidOperationException($"The simulator does not serve method {missing.Index} ({missing.Name}) of {Definition}.");
        }
    }
}
