using OpenPrepaid.Core.Channels;
using OpenPrepaid.Core.Charges;

namespace OpenPrepaid.Web.Hosting;

/// <summary>
/// At start-up, marks Unknown the charges a stopped server left Pending, so the next read of their meters
/// settles them. Only charges older than three meter deadlines (read, top-up, read-back) are touched.
/// </summary>
internal sealed partial class ChargeRecoveryHostedService(ChargeService charges, MeterExchangeOptions options, ILogger<ChargeRecoveryHostedService> logger)
    : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        var marked = await charges.RecoverInterruptedAsync(options.MeterDeadline * 3, cancellationToken);
        if (marked > 0)
        {
            Recovered(logger, marked);
        }
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    [LoggerMessage(EventId = 3101, Level = LogLevel.Warning, Message = "{Count} charges interrupted by a stop were marked of unknown outcome; reading their meters settles them")]
    private static partial void Recovered(ILogger logger, int count);
}
