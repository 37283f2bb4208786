using System.Diagnostics;
using OpenPrepaid.Dlms;
using OpenPrepaid.Dlms.Axdr;
using OpenPrepaid.Dlms.Client;
using OpenPrepaid.Dlms.Transport;
using OpenPrepaid.Dlms.Xdlms;
using OpenPrepaid.Simulator.Faults;
using OpenPrepaid.Simulator.Fleet;
using OpenPrepaid.Simulator.Tests.Support;

namespace OpenPrepaid.Simulator.Tests.Fleet;

/// <summary>Meters sharing one TCP port as an HDLC multi-drop line, read one after another over one connection.</summary>
public class HdlcLineTests
{
    private static readonly string[] ObjectsOfC = ["charge", "account", "credit", "disconnect-control", "limiter"];

    [Fact]
    public async Task LateWakeAndFinalFramePauseAreReadWhole()
    {
        await using var fleet = await TestFleets.StartAsync(TestFleets.Options(TimeProvider.System, meters: 3) with
        {
            MetersPerLine = 3,
            Faults = FaultPlan.Parse("SIM00002=ignore-snrm"),
        });
        await using var line = await MeterClients.ConnectAsync(fleet.Meters[0]);
        var watch = Stopwatch.StartNew();

        // A replies at once.
        var a = await ReadSerialAsync(line, fleet.Meters[0], TimeSpan.FromMilliseconds(500));

        // B ignores its first SNRM: the SNRM times out after 500 ms and the meter replies to the repeated one.
        var (b, bStatistics) = await ReadSerialWithStatisticsAsync(line, fleet.Meters[1], TimeSpan.FromMilliseconds(500));

        // C pauses 1.2 s before the last frame of a long reply, and the frame timeout of 2 s covers it.
        var c = fleet.Meters[2];
        var transport = new HdlcTransport(line, Settings(c, TimeSpan.FromSeconds(2)));
        await using (var client = new DlmsClient(transport, MeterClients.Options(c, MeterClients.Management, TimeSpan.FromSeconds(2))))
        {
            await client.AssociateAsync();
            var references = AllReadable(ObjectsOfC);
            c.Faults.Add(new FaultRule(FaultKind.PauseBeforeFinalFrame, 1, TimeSpan.FromMilliseconds(1200)));
            var pauseStart = watch.Elapsed;
            var results = await client.GetListAsync(references);
            var pause = watch.Elapsed - pauseStart;

            Assert.All(results, result => Assert.True(result.IsSuccess, result.ToString()));
            Assert.Equal(UnitChargeOf(c), results[references.FindIndex(reference => reference.Attribute == Obis.Attribute("charge", 5))].Data);
            Assert.InRange(pause, TimeSpan.FromMilliseconds(1180), TimeSpan.FromSeconds(4));
            Assert.True(transport.Statistics.FramesReceived > 3, $"{transport.Statistics.FramesReceived} frames");
            Assert.Equal(0, transport.Statistics.Retransmissions);
            await client.ReleaseAsync();
        }

        Assert.Equal(new VisibleStringData("SIM00001"), a);
        Assert.Equal(new VisibleStringData("SIM00002"), b);
        Assert.Equal(1, bStatistics.Retransmissions);
        Assert.InRange(watch.Elapsed, TimeSpan.FromMilliseconds(1650), TimeSpan.FromSeconds(8));
    }

    [Fact]
    public async Task SilentMeterIsSkippedAndNextIsRead()
    {
        await using var fleet = await TestFleets.StartAsync(TestFleets.Options(TimeProvider.System, meters: 3) with
        {
            MetersPerLine = 3,
            Customize = plan => plan.Index == 1 ? plan with { Dead = true } : plan,
        });
        await using var line = await MeterClients.ConnectAsync(fleet.Meters[0]);
        var watch = Stopwatch.StartNew();

        await using (var dead = new DlmsClient(new HdlcTransport(line, Settings(fleet.Meters[1], TimeSpan.FromMilliseconds(200)) with { MaxRetries = 2 }), MeterClients.Options(fleet.Meters[1], 1)))
        {
            await Assert.ThrowsAsync<DlmsTimeoutException>(() => dead.AssociateAsync());
        }

        var deadline = watch.Elapsed;
        var c = await ReadSerialAsync(line, fleet.Meters[2], TimeSpan.FromMilliseconds(500));

        Assert.InRange(deadline, TimeSpan.FromMilliseconds(580), TimeSpan.FromSeconds(3));
        Assert.Equal(new VisibleStringData("SIM00003"), c);
    }

    [Fact]
    public async Task PublicAndManagementShareTheLine()
    {
        await using var fleet = await TestFleets.StartAsync(TestFleets.Options(TimeProvider.System, meters: 2) with { MetersPerLine = 2, FirstHdlcAddress = 0x20 });
        await using var line = await MeterClients.ConnectAsync(fleet.Meters[0]);

        await using var management = MeterClients.CreateHdlc(line, fleet.Meters[1]);
        await management.AssociateAsync();
        var limit = await management.GetAsync(Obis.Attribute("credit", 6));
        await management.ReleaseAsync();
        await using var reader = MeterClients.CreateHdlc(line, fleet.Meters[1], MeterClients.Public);
        await reader.AssociateAsync();
        var denied = await reader.TryGetAsync(new AttributeReference(Obis.Attribute("credit", 6)));
        var balance = await reader.GetAsync(Obis.Attribute("credit", 2));

        Assert.Equal([0x20, 0x21], fleet.Meters.Select(meter => meter.HdlcAddress!.Value));
        Assert.Equal(new DoubleLongData((int)fleet.Meters[1].Plan.CreditLimit), limit);
        Assert.Equal(DataAccessResult.ReadWriteDenied, denied.Result);
        Assert.Equal(new DoubleLongData((int)fleet.Meters[1].Meter.Snapshot().Balance), balance);
    }

    [Fact]
    public async Task BaudRatePacesTheLine()
    {
        await using var fleet = await TestFleets.StartAsync(TestFleets.Options(TimeProvider.System) with
        {
            MetersPerLine = 1,
            BaudRate = 2_400,
            Turnaround = TimeSpan.FromMilliseconds(20),
        });
        var meter = fleet.Meters[0];
        await using var line = await MeterClients.ConnectAsync(meter);
        await using var client = MeterClients.CreateHdlc(line, meter);
        await client.AssociateAsync();
        var watch = Stopwatch.StartNew();

        // The request frame (27 bytes) and the reply frame (over 60 bytes) take 10 bit times a byte at 2400 bit/s,
        // about 4.2 ms a byte: over 360 ms with the 20 ms turnaround.
        var table = await client.GetAsync(Obis.Attribute("charge", 5));

        Assert.Equal(UnitChargeOf(meter), table);
        Assert.True(watch.Elapsed >= TimeSpan.FromMilliseconds(360), $"read took {watch.Elapsed}");
    }

    private static async Task<DlmsData> ReadSerialAsync(StreamChannel line, FleetMeter meter, TimeSpan frameTimeout) =>
        (await ReadSerialWithStatisticsAsync(line, meter, frameTimeout)).Serial;

    private static async Task<(DlmsData Serial, Dlms.Hdlc.HdlcLinkStatistics Statistics)> ReadSerialWithStatisticsAsync(StreamChannel line, FleetMeter meter, TimeSpan frameTimeout)
    {
        var transport = new HdlcTransport(line, Settings(meter, frameTimeout));
        await using var client = new DlmsClient(transport, MeterClients.Options(meter, MeterClients.Management, frameTimeout));
        await client.AssociateAsync();
        var serial = await client.GetAsync(Obis.Attribute("serial-number", 2));
        await client.ReleaseAsync();
        return (serial, transport.Statistics);
    }

    private static HdlcTransportSettings Settings(FleetMeter meter, TimeSpan frameTimeout) => new()
    {
        ClientAddress = MeterClients.Management,
        ServerLowerAddress = meter.HdlcAddress,
        ResponseTimeout = frameTimeout,
        MaxRetries = 3,
    };

    private static List<AttributeReference> AllReadable(IEnumerable<string> keys) =>
    [
        .. keys.SelectMany(key => Obis.Model.GetByKey(key).Attributes
            .Where(attribute => attribute.CanRead(MeterClients.Management))
            .Select(attribute => new AttributeReference(Obis.Attribute(key, attribute.Index)))),
    ];

    private static StructureData UnitChargeOf(FleetMeter meter)
    {
        var unitCharge = meter.Meter.Snapshot().UnitChargeActive;
        return new StructureData(
            new StructureData(new IntegerData(unitCharge.Scaling.CommodityScale), new IntegerData(unitCharge.Scaling.PriceScale)),
            new StructureData(new LongUnsignedData(3), new OctetStringData([1, 0, 1, 8, 0, 255]), new IntegerData(2)),
            new ArrayData([.. unitCharge.ChargeTable.Select(row => (DlmsData)new StructureData(new OctetStringData(System.Text.Encoding.ASCII.GetBytes(row.Index)), new LongData(row.ChargePerUnit)))]));
    }
}
