using System.Text;
using OpenPrepaid.Core.Register;
using OpenPrepaid.Core.Rules;
using OpenPrepaid.Core.Tests.Support;

namespace OpenPrepaid.Core.Tests.Register;

public sealed class MeterRegisterTests : IAsyncLifetime
{
    private static readonly byte[] Key = Enumerable.Range(1, 32).Select(i => (byte)i).ToArray();
    private CoreHarness _harness = null!;

    public async Task InitializeAsync() => _harness = await CoreHarness.StartAsync();

    public async Task DisposeAsync() => await _harness.DisposeAsync();

    [Fact]
    public async Task SecretsAreStoredEncrypted()
    {
        var result = await _harness.Register.AddAsync(Draft("S1", password: "secret-pass"), default);

        var stored = (await _harness.MeterStore.FindAsync("S1", default))!;
        Assert.True(result.Succeeded);
        Assert.DoesNotContain("secret-pass", stored.ProtectedPassword, StringComparison.Ordinal);
        Assert.DoesNotContain(Convert.ToBase64String(Key), stored.ProtectedTokenKey, StringComparison.Ordinal);
        Assert.DoesNotContain(Convert.ToHexString(Key), stored.ProtectedTokenKey, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task AccessDecryptsSecretsButNeverPrintsThem()
    {
        await _harness.Register.AddAsync(Draft("S1", password: "secret-pass"), default);
        var access = (await _harness.MeterStore.FindAsync("S1", default))!.ToAccess(_harness.Protector);

        Assert.Equal("secret-pass", access.Password);
        Assert.Equal(Key, access.TokenKey.ToArray());
        Assert.DoesNotContain("secret-pass", access.ToString(), StringComparison.Ordinal);
        Assert.Equal("meter S1 (reference) on 127.0.0.1:4059, client SAP 1", access.ToString());
    }

    [Fact]
    public async Task SerialNumberIsUnique()
    {
        await _harness.Register.AddAsync(Draft("S1"), default);

        var second = await _harness.Register.AddAsync(Draft("S1"), default);

        Assert.Equal(RuleCode.MeterSerialTaken, second.Violations.Single().Code);
    }

    [Fact]
    public async Task SerialLineSharesOneBaudRate()
    {
        await _harness.Register.AddAsync(SerialDraft("S1", 9600, 17), default);

        var clash = await _harness.Register.AddAsync(SerialDraft("S2", 19200, 18), default);
        var fits = await _harness.Register.AddAsync(SerialDraft("S3", 9600, 19), default);

        Assert.Equal(RuleCode.ChannelBaudRateConflict, clash.Violations.Single().Code);
        Assert.Equal(
            "Meters on /dev/ttyUSB0 use 9600 baud, so meter S2 cannot use 19200 baud on the same line.",
            clash.Violations.Single().Describe(System.Globalization.CultureInfo.GetCultureInfo("en")));
        Assert.True(fits.Succeeded);
    }

    [Fact]
    public async Task EditKeepsSecretsAndTokenSequenceUnlessGiven()
    {
        await _harness.Register.AddAsync(Draft("S1", password: "secret-pass"), default);
        var before = (await _harness.MeterStore.FindAsync("S1", default))!;

        var edited = await _harness.Register.UpdateAsync("S1", Draft("S1") with { Memo = "kiosk 4", TokenKey = null, Password = null }, default);
        var cleared = await _harness.Register.UpdateAsync("S1", Draft("S1") with { TokenKey = null, Password = string.Empty }, default);

        Assert.True(edited.Succeeded);
        Assert.Equal("kiosk 4", edited.Meter!.Memo);
        Assert.Equal(before.ProtectedPassword, edited.Meter.ProtectedPassword);
        Assert.Equal(before.ProtectedTokenKey, edited.Meter.ProtectedTokenKey);
        Assert.Null((await _harness.MeterStore.FindAsync("S1", default))!.ProtectedPassword);
        Assert.True(cleared.Succeeded);
    }

    private static MeterDraft Draft(string serial, string? password = null) => new()
    {
        Serial = serial,
        Model = "reference",
        ChannelKind = ChannelKind.Tcp,
        Host = "127.0.0.1",
        Port = 4059,
        ClientSap = 1,
        Password = password,
        TokenKey = Key,
    };

    private static MeterDraft SerialDraft(string serial, int baud, int address) => new()
    {
        Serial = serial,
        Model = "reference",
        ChannelKind = ChannelKind.Serial,
        SerialPortName = "/dev/ttyUSB0",
        BaudRate = baud,
        HdlcAddress = address,
        ClientSap = 1,
        TokenKey = Key,
    };
}
