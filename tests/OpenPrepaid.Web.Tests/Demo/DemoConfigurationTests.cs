using Microsoft.Extensions.Configuration;
using OpenPrepaid.Web.Demo;
using OpenPrepaid.Web.Hosting;

namespace OpenPrepaid.Web.Tests.Demo;

/// <summary>When the demo runs, and the driver timeouts that come with it.</summary>
public sealed class DemoConfigurationTests
{
    [Theory]
    [InlineData(null, null, true)]
    [InlineData("", null, true)]
    [InlineData("Data Source=/srv/openprepaid/openprepaid.db", null, false)]
    [InlineData("Host=127.0.0.1;Database=openprepaid", null, false)]
    [InlineData(null, "false", false)]
    [InlineData("Host=127.0.0.1;Database=openprepaid", "true", true)]
    public void DemoRunsWithoutConnectionStringUnlessSet(string? connectionString, string? enabled, bool expected)
    {
        var configuration = Configuration(("ConnectionStrings:OpenPrepaid", connectionString), ("Demo:Enabled", enabled));

        var options = DemoOptions.FromConfiguration(configuration);

        Assert.Equal(expected, options.Enabled);
        Assert.Equal(DemoOptions.DefaultSpeed, options.Speed);
        Assert.Equal(1UL, options.Seed);
    }

    [Fact]
    public void CommandLineSwitchTurnsDemoOff()
    {
        var configuration = new ConfigurationBuilder()
            .AddCommandLine(["--demo", "false", "--data", "/tmp/openprepaid"], OpenPrepaidWebOptions.CommandLineSwitches)
            .Build();

        Assert.False(DemoOptions.FromConfiguration(configuration).Enabled);
    }

    [Theory]
    [InlineData("1", 1, 1)]
    [InlineData("60", 60, 1)]
    [InlineData("3600", 3600, 60)]
    public void SpeedSetsIntegrationStep(string speed, int expectedSpeed, int expectedStepSeconds)
    {
        var options = DemoOptions.FromConfiguration(Configuration(("Demo:Speed", speed)));

        Assert.Equal(expectedSpeed, options.Speed);
        Assert.Equal(expectedStepSeconds, options.StepSeconds);
    }

    [Theory]
    [InlineData("0")]
    [InlineData("3601")]
    public void SpeedOutOfRangeIsRejected(string speed)
    {
        var exception = Assert.Throws<InvalidOperationException>(() => DemoOptions.FromConfiguration(Configuration(("Demo:Speed", speed))));

        Assert.Contains("Demo:Speed is " + speed, exception.Message, StringComparison.Ordinal);
        Assert.Contains("1 to 3600", exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void DemoDriverWaitsLessThanForRealMeters()
    {
        var demo = MeterDriverConfiguration.Read(Configuration(), demo: true);
        var real = MeterDriverConfiguration.Read(Configuration(), demo: false);

        Assert.Equal(TimeSpan.FromSeconds(2.5), demo.ResponseTimeout);
        Assert.Equal(1, demo.Retries);
        Assert.Equal(TimeSpan.FromSeconds(5), real.ResponseTimeout);
        Assert.Equal(2, real.Retries);
        Assert.Equal(TimeSpan.FromSeconds(5), real.ConnectTimeout);
    }

    [Fact]
    public void MetersSectionOverridesDefaults()
    {
        var configuration = Configuration(
            ("Meters:ResponseTimeoutSeconds", "3.25"), ("Meters:Retries", "0"), ("Meters:ConnectTimeoutSeconds", "10"));

        var options = MeterDriverConfiguration.Read(configuration, demo: true);

        Assert.Equal(TimeSpan.FromMilliseconds(3250), options.ResponseTimeout);
        Assert.Equal(0, options.Retries);
        Assert.Equal(TimeSpan.FromSeconds(10), options.ConnectTimeout);
    }

    [Theory]
    [InlineData("Meters:Retries", "11", "Meters:Retries is 11; expected 0 to 10.")]
    [InlineData("Meters:ResponseTimeoutSeconds", "0", "Meters:ResponseTimeoutSeconds is 0; expected 0.001 to 3600 seconds.")]
    public void MetersValueOutOfRangeIsRejected(string key, string value, string message)
    {
        var exception = Assert.Throws<InvalidOperationException>(() => MeterDriverConfiguration.Read(Configuration((key, value)), demo: false));

        Assert.Equal(message, exception.Message);
    }

    private static IConfiguration Configuration(params (string Key, string? Value)[] values) =>
        new ConfigurationBuilder()
            .AddInMemoryCollection(values.Where(pair => pair.Value is not null).Select(pair => new KeyValuePair<string, string?>(pair.Key, pair.Value)))
            .Build();
}
