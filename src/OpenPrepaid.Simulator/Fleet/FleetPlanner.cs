using System.Buffers.Binary;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using OpenPrepaid.Meters.Tokens;
using OpenPrepaid.Simulator.Behaviour;

namespace OpenPrepaid.Simulator.Fleet;

/// <summary>
/// Derives the plan of every meter of a fleet from the fleet's seed: the same seed gives the same serial
/// numbers, passwords, keys and starting states on every machine. Serial numbers are SIM00001, SIM00002 and so
/// on. Secrets come from HMAC-SHA256 keyed with the seed, so they differ per seed and cannot be guessed from a
/// serial number alone. Starting states cycle through eight variants so that any fleet shows varied meters.
/// </summary>
public static class FleetPlanner
{
    private const string PasswordAlphabet = "abcdefghjkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";
    private const int PasswordLength = 10;

    /// <summary>Control mode per variant: mostly 6 (the meter reconnects by itself), and 1, 2, 4 and 5 for contrast.</summary>
    private static readonly byte[] ControlModes = [6, 6, 6, 1, 2, 6, 4, 5];

    public static string SerialNumberOf(int index) => string.Create(CultureInfo.InvariantCulture, $"SIM{index + 1:D5}");

    public static IReadOnlyList<FleetMeterPlan> Plan(SimulatedFleetOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var problem = options.Validate();
        if (problem is not null)
        {
            throw new ArgumentException($"Simulated fleet options are invalid: {problem}.", nameof(options));
        }

        var plans = new List<FleetMeterPlan>(options.MeterCount);
        for (var index = 0; index < options.MeterCount; index++)
        {
            var plan = Derive(options.Seed, index);
            plans.Add(options.Customize is null ? plan : options.Customize(plan));
        }

        return plans;
    }

    /// <summary>The plan of meter <paramref name="index"/> before any customisation.</summary>
    public static FleetMeterPlan Derive(ulong seed, int index)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(index);

        var serial = SerialNumberOf(index);
        var variant = index % ControlModes.Length;

        // 200.00 to 3,000.00 UAH: enough for days of household consumption.
        var balance = SplitMix64.Between(seed, (ulong)(1_000 + index), 20_000, 300_000);
        var plan = new FleetMeterPlan
        {
            Index = index,
            SerialNumber = serial,
            Password = DerivePassword(seed, serial),
            TopUpKey = DeriveTopUpKey(seed, serial),
            Seed = SplitMix64.Hash(seed, (ulong)index),
            InitialBalance = balance,
            ControlMode = ControlModes[variant],
        };

        return variant switch
        {
            // 0.50 to 3.00 UAH above the switch-off threshold: the relay opens within the first hour or so.
            2 => plan with { InitialBalance = SplitMix64.Between(seed, (ulong)(2_000 + index), 50, 300), Note = "near the switch-off threshold" },
            4 => plan with { NoSwitchOffOnSaturday = true, NoSwitchOffOnSunday = true, Note = "no switch-off at weekends" },
            6 => plan with { PowerLimitWatts = 3_000, Note = "power limit 3 kW" },
            7 => plan with { CreditLimit = -5_000, InitialBalance = -1_000, Note = "in debt, switch-off threshold -50.00" },
            _ => plan,
        };
    }

    /// <summary>The management password of a meter: 10 characters without look-alikes (no 0/O, 1/l/I).</summary>
    public static string DerivePassword(ulong seed, string serialNumber)
    {
        var bytes = Derive(seed, "password:" + serialNumber);
        var password = new StringBuilder(PasswordLength);
        for (var i = 0; i < PasswordLength; i++)
        {
            password.Append(PasswordAlphabet[bytes[i] % PasswordAlphabet.Length]);
        }

        return password.ToString();
    }

    /// <summary>The 32-byte top-up key of a meter.</summary>
    public static byte[] DeriveTopUpKey(ulong seed, string serialNumber)
    {
        var key = Derive(seed, "top-up-key:" + serialNumber);
        return key.Length == TokenCodec.KeyLength ? key : throw new InvalidOperationException("HMAC-SHA256 gives 32 bytes.");
    }

    private static byte[] Derive(ulong seed, string purpose)
    {
        Span<byte> key = stackalloc byte[sizeof(ulong)];
        BinaryPrimitives.WriteUInt64BigEndian(key, seed);
        return HMACSHA256.HashData(key, Encoding.ASCII.GetBytes("openprepaid-simulator/" + purpose));
    }
}
