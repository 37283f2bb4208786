using System.Net;
using System.Text.Json;
using OpenPrepaid.Web.Identity;
using OpenPrepaid.Web.Tests.Support;

namespace OpenPrepaid.Web.Tests.Demo;

/// <summary>A second start of the demo on the same data folder.</summary>
public sealed class DemoRestartTests
{
    [Fact]
    public async Task RestartMovesDemoMetersAndKeepsOperatorMeters()
    {
        var folder = Directory.CreateTempSubdirectory("openprepaid-demo-restart-").FullName;
        try
        {
            // First start: an operator removes one demo meter and registers their own meter under its serial
            // number, adds another meter, and removes a demo profile.
            using (var first = new DemoWebFactory(folder))
            {
                var admin = await first.ClientAsync(first.Start(), Roles.Administrator);
                using var removed = await admin.DeleteAsync("/api/meters/SIM00025");
                using var taken = await admin.PostAsync("/api/meters", OperatorMeter("SIM00025", "flat 25", 1025));
                using var added = await admin.PostAsync("/api/meters", OperatorMeter("FLAT-7", "flat 7", 1007));
                var profiles = await Json.ReadAsync(await admin.GetAsync("/api/profiles"));
                var nightSaver = profiles.EnumerateArray().Single(profile => profile.GetProperty("name").GetString() == "Night saver");
                using var profileRemoved = await admin.DeleteAsync("/api/profiles/" + nightSaver.GetProperty("id").GetString());

                Assert.True(removed.IsSuccessStatusCode, $"DELETE SIM00025: {(int)removed.StatusCode}");
                Assert.Equal(HttpStatusCode.Created, taken.StatusCode);
                Assert.Equal(HttpStatusCode.Created, added.StatusCode);
                Assert.True(profileRemoved.IsSuccessStatusCode, $"DELETE profile: {(int)profileRemoved.StatusCode}");
            }

            using var second = new DemoWebFactory(folder);
            var viewer = await second.ClientAsync(second.Start(), Roles.Viewer);
            var meters = (await Json.ReadAsync(await viewer.GetAsync("/api/meters"))).EnumerateArray()
                .ToDictionary(meter => meter.GetProperty("serial").GetString()!);
            var profileNames = (await Json.ReadAsync(await viewer.GetAsync("/api/profiles"))).EnumerateArray()
                .Select(profile => profile.GetProperty("name").GetString()).ToList();

            Assert.Equal(26, meters.Count);
            foreach (var meter in second.Fleet.Meters.Where(meter => meter.SerialNumber != "SIM00025"))
            {
                Assert.Equal(meter.Port, meters[meter.SerialNumber].GetProperty("port").GetInt32());
            }

            AssertOperatorMeter(meters["SIM00025"], "flat 25", 1025);
            AssertOperatorMeter(meters["FLAT-7"], "flat 7", 1007);

            // Profiles are saved only when none exist, so the one the operator kept is not joined by the removed one.
            Assert.Equal(["Standard day/night"], profileNames);
        }
        finally
        {
            DemoWebFactory.DeleteDataFolder(folder);
        }
    }

    private static object OperatorMeter(string serial, string memo, int port) => new
    {
        serial,
        model = "OpenPrepaid SIM-1",
        memo,
        host = "127.0.0.1",
        port,
        clientSap = 1,
        password = "operator-password",
        tokenKey = new string('A', 64),
    };

    private static void AssertOperatorMeter(JsonElement meter, string memo, int port)
    {
        Assert.Equal(memo, meter.GetProperty("memo").GetString());
        Assert.Equal(port, meter.GetProperty("port").GetInt32());
    }
}
