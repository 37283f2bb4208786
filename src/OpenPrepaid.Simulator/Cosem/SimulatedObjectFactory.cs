using System.Text;
using Microsoft.Extensions.Logging;
using OpenPrepaid.Dlms.Axdr;
using OpenPrepaid.Dlms.Server;
using OpenPrepaid.Meters.Models;
using OpenPrepaid.Meters.Prepaid;
using OpenPrepaid.Simulator.Behaviour;

namespace OpenPrepaid.Simulator.Cosem;

/// <summary>
/// Builds one COSEM object per object of a meter model and binds it to a simulated meter. The classes with a
/// fixed meaning (Clock, Account, Credit, Charge, Token gateway, Disconnect control, Limiter) bind themselves;
/// Data, Register and Extended register objects are bound here by their key in the model. The current
/// association (class 15) is left to the protocol engine, which serves it from the session.
/// </summary>
internal static class SimulatedObjectFactory
{
    private const ushort AssociationLnClassId = 15;

    public static IReadOnlyList<ICosemObject> CreateAll(MeterModel model, SnapshotCache state, ILogger logger, TimeZoneInfo zone)
    {
        var objects = new List<ICosemObject>();
        foreach (var definition in model.Objects.Where(definition => definition.ClassId != AssociationLnClassId))
        {
            var cosemObject = Create(definition, state, logger, zone);
            cosemObject.EnsureComplete();
            objects.Add(cosemObject);
        }

        return objects;
    }

    private static SimulatedCosemObject Create(CosemObjectDefinition definition, SnapshotCache state, ILogger logger, TimeZoneInfo zone)
    {
        var meter = state.Meter;
        return definition.ClassId switch
        {
            8 => new Clock(definition, state, logger, zone),
            70 => new DisconnectControl(definition, state, logger),
            71 => new Limiter(definition, state, logger),
            111 => new Account(definition, state, logger),
            112 => new Credit(definition, state, logger),
            113 => new Charge(definition, state, logger, zone),
            115 => new TokenGateway(definition, state, logger, zone),
            4 when definition.Key == "last-top-up" => new ExtendedRegister(
                definition, state, logger, snapshot => CosemNumbers.DoubleLong(snapshot.LastTopUpAmount), snapshot => snapshot.LastTopUpTime, zone),
            1 => CreateData(definition, state, logger, meter),
            3 => CreateRegister(definition, state, logger, meter),
            _ => throw Unknown(definition),
        };
    }

    private static Data CreateData(CosemObjectDefinition definition, SnapshotCache state, ILogger logger, SimulatedMeter meter)
    {
        return definition.Key switch
        {
            "serial-number" => new Data(definition, state, logger, snapshot => new VisibleStringData(snapshot.SerialNumber)),
            "model" => new Data(definition, state, logger, snapshot => new VisibleStringData(snapshot.ModelName)),
            "logical-device-name" => new Data(definition, state, logger, snapshot => new OctetStringData(Encoding.ASCII.GetBytes(snapshot.LogicalDeviceName))),
            "never-switch-off" => new Data(definition, state, logger, snapshot => new BooleanData(snapshot.NeverSwitchOff), value => meter.SetNeverSwitchOff(((BooleanData)value).Value)),
            "no-switch-off-saturday" => new Data(definition, state, logger, snapshot => new BooleanData(snapshot.NoSwitchOffOnSaturday), value => meter.SetNoSwitchOffOnSaturday(((BooleanData)value).Value)),
            "no-switch-off-sunday" => new Data(definition, state, logger, snapshot => new BooleanData(snapshot.NoSwitchOffOnSunday), value => meter.SetNoSwitchOffOnSunday(((BooleanData)value).Value)),
            "display-parameters" => new Data(definition, state, logger, snapshot => DisplayParametersCodec.Encode(snapshot.Display), value => meter.SetDisplayParameters(DisplayParametersCodec.Decode((StructureData)value))),
            "last-token-sequence" => new Data(definition, state, logger, snapshot => new DoubleLongUnsignedData(snapshot.LastTokenSequence)),

            // Write-only: no client reads a key back.
            "top-up-key" => new Data(definition, state, logger, read: null, value => meter.SetTopUpKey(((OctetStringData)value).Value)),
            _ => throw Unknown(definition),
        };
    }

    private static Register CreateRegister(CosemObjectDefinition definition, SnapshotCache state, ILogger logger, SimulatedMeter meter)
    {
        if (TariffOf(definition.Key, "energy-import-tariff-") is { } energyTariff)
        {
            return new Register(definition, state, logger, snapshot => CosemNumbers.DoubleLongUnsigned(snapshot.EnergyPerTariffWh[energyTariff - 1]));
        }

        if (TariffOf(definition.Key, "money-collected-tariff-") is { } moneyTariff)
        {
            return new Register(definition, state, logger, snapshot => CosemNumbers.DoubleLong(snapshot.MoneyCollectedPerTariff[moneyTariff - 1]));
        }

        if (TariffOf(definition.Key, "prepaid-energy-tariff-") is { } prepaidTariff)
        {
            return new Register(definition, state, logger, snapshot => CosemNumbers.DoubleLongUnsigned(snapshot.PrepaidEnergyPerTariffWh[prepaidTariff - 1]));
        }

        return definition.Key switch
        {
            "energy-import-total" => new Register(definition, state, logger, snapshot => CosemNumbers.DoubleLongUnsigned(snapshot.EnergyTotalWh)),
            "active-power-import" => new Register(definition, state, logger, snapshot => CosemNumbers.DoubleLongUnsigned(snapshot.ActivePowerWatts)),
            "internal-temperature" => new Register(definition, state, logger, snapshot => new LongData(snapshot.InternalTemperatureTenths)),
            "ambient-temperature" => new Register(definition, state, logger, snapshot => new LongData(snapshot.AmbientMeanTenths), value => meter.SetAmbientTemperatureMean(((LongData)value).Value)),
            "max-credit-limit" => new Register(definition, state, logger, snapshot => CosemNumbers.DoubleLong(snapshot.MaxCreditLimit), value => meter.SetMaxCreditLimit(((DoubleLongData)value).Value)),
            "max-vend-limit" => new Register(definition, state, logger, snapshot => CosemNumbers.DoubleLong(snapshot.MaxVendLimit), value => meter.SetMaxVendLimit(((DoubleLongData)value).Value)),
            "minimum-balance" => new Register(definition, state, logger, snapshot => CosemNumbers.DoubleLong(snapshot.MinimumBalance), value => meter.SetMinimumBalance(((DoubleLongData)value).Value)),
            _ => throw Unknown(definition),
        };
    }

    /// <summary>Returns the tariff 1-4 at the end of a key such as "energy-import-tariff-3", or null for another key.</summary>
    private static int? TariffOf(string key, string prefix)
    {
        return key.StartsWith(prefix, StringComparison.Ordinal) && int.TryParse(key.AsSpan(prefix.Length), out var tariff) && Tariffs.IsValid(tariff)
            ? tariff
            : null;
    }

    private static NotSupportedException Unknown(CosemObjectDefinition definition) =>
        new($"The simulator has no behaviour for {definition}; it simulates the reference prepaid meter model only.");
}
