using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using OpenPrepaid.Dlms.Hdlc;

namespace OpenPrepaid.Dlms.Tests.Hdlc;

/// <summary>
/// The client and server state machines talking to each other through the frame codec, with windows,
/// segmentation and frames lost on the line in both directions. Every exchange must deliver the exact APDUs.
/// </summary>
public class HdlcLinkPairTests
{
    private static readonly HdlcAddress Client = HdlcAddress.Client(1);
    private static readonly HdlcAddress Server = HdlcAddress.Server(1, 0x1234, 4);

    private static readonly Gen<Scenario> Scenarios =
        from clientProposal in Parameters
        from serverCapability in Parameters
        from requestLength in Gen.OneOf(Gen.Elements(0, 1, 127, 128, 300, 700), Gen.Choose(0, 3000))
        from responseLength in Gen.OneOf(Gen.Elements(0, 1, 127, 128, 300, 700), Gen.Choose(0, 3000))
        from lossPercent in Gen.Elements(0, 0, 10, 25)
        from seed in Gen.Choose(0, int.MaxValue)
        select new Scenario(clientProposal, serverCapability, requestLength, responseLength, lossPercent, seed);

    private static Gen<HdlcParameters> Parameters =>
        from transmit in Gen.OneOf(Gen.Elements(1, 3, 16, 32, 128), Gen.Choose(1, 2030))
        from receive in Gen.OneOf(Gen.Elements(1, 3, 16, 32, 128), Gen.Choose(1, 2030))
        from transmitWindow in Gen.Choose(1, 7)
        from receiveWindow in Gen.Choose(1, 7)
        select new HdlcParameters(transmit, receive, transmitWindow, receiveWindow);

    [Property(MaxTest = 200)]
    public Property ExchangesDeliverExactApdusDespiteLoss() =>
        Prop.ForAll(Arb.From(Scenarios), scenario =>
        {
            var random = new Random(scenario.Seed);
            bool Lost() => random.Next(100) < scenario.LossPercent;

            var client = new HdlcClientLink(new HdlcClientLinkOptions
            {
                ClientAddress = Client,
                ServerAddress = Server,
                Proposal = scenario.ClientProposal,
                MaxRetries = 60,
            });
            var server = new HdlcServerLink(Server, Client, new HdlcServerLinkOptions { Capability = scenario.ServerCapability });

            HdlcClientStep? connected = Exchange(client, server, client.Connect(), Lost, step => step.Event == HdlcClientEvent.Connected);
            byte[] request = Wire.Pattern(scenario.RequestLength, 1);
            byte[] response = Wire.Pattern(scenario.ResponseLength, 2);
            HdlcClientStep? answered = connected is null ? null
                : Exchange(client, server, client.Send(request), Lost, step => step.Event == HdlcClientEvent.ResponseReceived, response, request);
            byte[] second = Wire.Pattern(scenario.RequestLength / 2, 3);
            HdlcClientStep? answeredAgain = answered is null ? null
                : Exchange(client, server, client.Send(second), Lost, step => step.Event == HdlcClientEvent.ResponseReceived, response, second);

            return (connected is not null).Label("connected")
                .And((answered?.Apdu.Span.SequenceEqual(response) == true).Label("first response"))
                .And((answeredAgain?.Apdu.Span.SequenceEqual(response) == true).Label("second response"))
                .And((client.State == HdlcClientLinkState.Idle).Label("client idle"));
        });

    // Runs the line until the client reports the expected step. The server responds to every request with
    // response after checking it equals expectedRequest. Returns null if the client fails or the exchange never ends.
    private static HdlcClientStep? Exchange(
        HdlcClientLink client,
        HdlcServerLink server,
        IReadOnlyList<HdlcFrame> first,
        Func<bool> lost,
        Func<HdlcClientStep, bool> done,
        byte[]? response = null,
        byte[]? expectedRequest = null)
    {
        var toServer = new List<HdlcFrame>(first);
        for (int turn = 0; turn < 100_000; turn++)
        {
            var toClient = new List<HdlcFrame>();
            foreach (HdlcFrame frame in toServer)
            {
                if (lost())
                {
                    continue;
                }

                HdlcServerStep step = server.Receive(Wire.Carry(frame));
                toClient.AddRange(step.Frames);
                if (step.Event == HdlcServerEvent.RequestReceived)
                {
                    Assert.Equal(expectedRequest, step.Request.ToArray());
                    toClient.AddRange(server.Respond(response));
                }
            }

            toServer.Clear();
            foreach (HdlcFrame frame in toClient)
            {
                if (lost())
                {
                    continue;
                }

                HdlcClientStep step = client.Receive(Wire.Carry(frame));
                if (step.Event == HdlcClientEvent.Failed)
                {
                    return null;
                }

                toServer.AddRange(step.Frames);
                if (done(step))
                {
                    return step;
                }
            }

            if (toServer.Count == 0)
            {
                HdlcClientStep timeout = client.Timeout(TimeSpan.FromSeconds(1));
                if (timeout.Event == HdlcClientEvent.Failed)
                {
                    return null;
                }

                toServer.AddRange(timeout.Frames);
            }
        }

        return null;
    }

    public sealed record Scenario(HdlcParameters ClientProposal, HdlcParameters ServerCapability, int RequestLength, int ResponseLength, int LossPercent, int Seed);
}
