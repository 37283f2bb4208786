using System.Collections.Frozen;
using OpenPrepaid.Dlms.Axdr;
using OpenPrepaid.Dlms.Transport;
using OpenPrepaid.Meters.Models;

namespace OpenPrepaid.Meters.Driver;

/// <summary>Timeouts, retries, list sizes and meter models of a <see cref="DlmsMeterDriver"/>.</summary>
public sealed record DlmsMeterDriverOptions
{
    /// <summary>The list cap used when neither the model nor the meter sets a lower one: 32, a common default of head-end systems.</summary>
    public const int DefaultListCap = 32;

    /// <summary>
    /// How long to wait for each response: each APDU over the TCP wrapper, each HDLC frame (so a meter that pauses
    /// between the frames of one reply for less than this is read whole). Default 5 s.
    /// </summary>
    public TimeSpan ResponseTimeout { get; init; } = TimeSpan.FromSeconds(5);

    /// <summary>
    /// How many times a failed step is tried again. Over HDLC the link repeats SNRM, polls and retransmits this
    /// many times. Over the TCP wrapper, which has no retransmission, a read or a settings write that timed out or
    /// lost its connection is repeated this many times on a new connection. A token is never sent twice.
    /// </summary>
    public int Retries { get; init; } = 2;

    /// <summary>How long to wait for a TCP connection to a meter or a serial-to-TCP converter. Default 5 s.</summary>
    public TimeSpan ConnectTimeout { get; init; } = TimeSpan.FromSeconds(5);

    /// <summary>
    /// Maximum duration of one exchange, with its association, release and retries, so that a meter that sends
    /// its response one byte at a time cannot hold its channel for ever. Default 60 s.
    /// </summary>
    public TimeSpan MaxExchangeDuration { get; init; } = TimeSpan.FromSeconds(60);

    /// <summary>Maximum number of attributes in one GET- or SET-with-list for models without an entry in <see cref="ListCapByModel"/>.</summary>
    public int DefaultMaxListSize { get; init; } = DefaultListCap;

    /// <summary>
    /// Maximum number of attributes in one GET- or SET-with-list, by the model name in the meter register (case-insensitive).
    /// A meter that rejects a list with an exception-response gets half as many from then on.
    /// </summary>
    public IReadOnlyDictionary<string, int> ListCapByModel { get; init; } = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase)
    {
        // The simulated reference meter takes lists of 64, so a full snapshot is one GET-with-list.
        [ReferenceModelName] = 64,
    }.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);

    /// <summary>Model name the simulated reference meters report.</summary>
    public const string ReferenceModelName = "OpenPrepaid SIM-1";

    /// <summary>Object maps by the model name in the meter register (case-insensitive).</summary>
    public IReadOnlyDictionary<string, MeterModel> Models { get; init; } = FrozenDictionary<string, MeterModel>.Empty;

    /// <summary>The object map of meters whose model has no entry in <see cref="Models"/>; null makes such meters fail.</summary>
    public MeterModel? DefaultModel { get; init; } = MeterModelLoader.LoadReference();

    /// <summary>How the meters sign the deviation of their date-times; IEC 62056-6-2 uses <see cref="DeviationConvention.Standard"/>.</summary>
    public DeviationConvention DeviationConvention { get; init; } = DeviationConvention.Standard;

    public ScalerSource ScalerSource { get; init; } = ScalerSource.Model;

    /// <summary>Largest HDLC information field the driver proposes both ways, in bytes (128 when not negotiated).</summary>
    public int HdlcMaxInformationFieldLength { get; init; } = 128;

    /// <summary>HDLC window the driver proposes both ways, 1 to 7.</summary>
    public int HdlcWindowSize { get; init; } = 1;

    /// <summary>Largest APDU the driver accepts; larger responses must come in data blocks.</summary>
    public ushort MaxReceivePduSize { get; init; } = 0xFFFF;

    /// <summary>Totals of the bytes and writes on every channel the driver opens, for benchmarks and diagnostics; null counts nothing.</summary>
    public StreamTrafficCounter? TrafficCounter { get; init; }

    /// <summary>Clock for timeouts and token issue times; tests substitute a fake one.</summary>
    public TimeProvider TimeProvider { get; init; } = TimeProvider.System;

    /// <summary>Throws <see cref="ArgumentException"/> naming the first setting out of range.</summary>
    public void Validate()
    {
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(ResponseTimeout, TimeSpan.Zero, nameof(ResponseTimeout));
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(ConnectTimeout, TimeSpan.Zero, nameof(ConnectTimeout));
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(MaxExchangeDuration, TimeSpan.Zero, nameof(MaxExchangeDuration));
        ArgumentOutOfRangeException.ThrowIfNegative(Retries, nameof(Retries));
        ArgumentOutOfRangeException.ThrowIfGreaterThan(Retries, 10, nameof(Retries));
        ArgumentOutOfRangeException.ThrowIfLessThan(DefaultMaxListSize, 1, nameof(DefaultMaxListSize));
        ArgumentOutOfRangeException.ThrowIfLessThan(HdlcMaxInformationFieldLength, 32, nameof(HdlcMaxInformationFieldLength));
        ArgumentOutOfRangeException.ThrowIfGreaterThan(HdlcMaxInformationFieldLength, 2030, nameof(HdlcMaxInformationFieldLength));
        ArgumentOutOfRangeException.ThrowIfLessThan(HdlcWindowSize, 1, nameof(HdlcWindowSize));
        ArgumentOutOfRangeException.ThrowIfGreaterThan(HdlcWindowSize, 7, nameof(HdlcWindowSize));
        ArgumentNullException.ThrowIfNull(ListCapByModel);
        ArgumentNullException.ThrowIfNull(Models);
        ArgumentNullException.ThrowIfNull(TimeProvider);

        foreach (var (model, cap) in ListCapByModel)
        {
            if (cap < 1)
            {
                throw new ArgumentException($"The list cap of model '{model}' is {cap}; it must be at least 1.", nameof(ListCapByModel));
            }
        }
    }

    /// <summary>Returns the object map for a model name from the meter register, or null when there is none.</summary>
    public MeterModel? FindModel(string modelName)
    {
        foreach (var (name, model) in Models)
        {
            if (string.Equals(name, modelName, StringComparison.OrdinalIgnoreCase))
            {
                return model;
            }
        }

        return DefaultModel;
    }

    /// <summary>Returns the list cap for a model name from the meter register.</summary>
    public int ListCapOf(string modelName)
    {
        foreach (var (name, cap) in ListCapByModel)
        {
            if (string.Equals(name, modelName, StringComparison.OrdinalIgnoreCase))
            {
                return cap;
            }
        }

        return DefaultMaxListSize;
    }
}
