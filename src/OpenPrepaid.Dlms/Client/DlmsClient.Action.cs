using OpenPrepaid.Dlms.Axdr;
using OpenPrepaid.Dlms.Xdlms;

namespace OpenPrepaid.Dlms.Client;

/// <summary>ACTION normal, and the plumbing every service shares: invoke ids, error responses, broken sessions.</summary>
public sealed partial class DlmsClient
{
    /// <summary>
    /// Invokes a method and returns its return parameters (null when none). A result other than success throws
    /// <see cref="DlmsServiceException"/> with the Action-Result.
    /// </summary>
    public async Task<DlmsData?> ActionAsync(CosemMethodDescriptor method, DlmsData? parameters = null, CancellationToken cancellationToken = default)
    {
        var response = await TryActionAsync(method, parameters, cancellationToken).ConfigureAwait(false);
        if (response.Result != ActionResult.Success)
        {
            throw new DlmsServiceException($"ACTION {method}", response.Result);
        }

        if (response.ReturnParameters is { IsSuccess: false } failed)
        {
            throw new DlmsServiceException($"ACTION {method}", failed.Result);
        }

        return response.ReturnParameters?.Data;
    }

    /// <summary>Invokes a method and returns the meter's response as it came, error results included.</summary>
    public Task<ActionResponseNormal> TryActionAsync(CosemMethodDescriptor method, DlmsData? parameters = null, CancellationToken cancellationToken = default) =>
        RunAsync($"ACTION {method}", async () =>
        {
            EnsureAssociated();
            RequireService(Conformance.Action, "ACTION");
            var invokeId = NextInvokeId();
            var request = new ActionRequestNormal(invokeId, method, parameters);

            // NOTE: ACTION with parameter blocks is not implemented; today's methods take short parameters.
            var size = request.ToArray().Length;
            if (size > ServerMaxReceivePduSize)
            {
                throw new DlmsServiceException($"ACTION {method} needs {size} bytes but the meter accepts at most {ServerMaxReceivePduSize}");
            }

            var answer = await ExchangeCheckedAsync(request, invokeId, $"ACTION {method}", cancellationToken).ConfigureAwait(false);
            return answer as ActionResponseNormal ?? throw Unexpected(answer, "an Action-Response-Normal");
        });

    private void RequireService(Conformance service, string name)
    {
        if (!NegotiatedConformance.HasFlag(service))
        {
            throw new DlmsServiceException($"The meter did not grant the {name} service in this association");
        }
    }

    /// <summary>
    /// Runs one client operation. An error response from the meter (<see cref="DlmsServiceException"/>) leaves the
    /// session usable; any other failure or a cancellation breaks it, because the link state is then unknown.
    /// </summary>
    private async Task<T> RunAsync<T>(string operation, Func<Task<T>> body)
    {
        try
        {
            return await body().ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is DlmsProtocolException or DlmsTransportException or OperationCanceledException)
        {
            await BreakAsync(operation, ex).ConfigureAwait(false);
            throw;
        }
    }

    /// <summary>Exchanges one request; turns exception-response and confirmed-service-error into exceptions and checks the invoke id.</summary>
    private async Task<DlmsApdu> ExchangeCheckedAsync(DlmsApdu request, InvokeIdAndPriority invokeId, string operation, CancellationToken cancellationToken)
    {
        RequestCount++;
        var answer = await ExchangeAsync(request, cancellationToken).ConfigureAwait(false);
        switch (answer)
        {
            case ExceptionResponse exception:
                throw new DlmsServiceException(operation, exception);
            case ConfirmedServiceError error:
                throw new DlmsServiceException(operation, error);
        }

        var answeredId = answer switch
        {
            GetResponseNormal r => r.InvokeId,
            GetResponseWithDataBlock r => r.InvokeId,
            GetResponseWithList r => r.InvokeId,
            SetResponseNormal r => r.InvokeId,
            SetResponseDataBlock r => r.InvokeId,
            SetResponseLastDataBlock r => r.InvokeId,
            SetResponseWithList r => r.InvokeId,
            ActionResponseNormal r => r.InvokeId,
            _ => invokeId,
        };
        if (answeredId.InvokeId != invokeId.InvokeId)
        {
            throw new DlmsProtocolException($"{operation}: the response has invoke id {answeredId.InvokeId}, expected {invokeId.InvokeId}");
        }

        return answer;
    }

    private static DlmsProtocolException Unexpected(DlmsApdu answer, string expected) =>
        new($"Expected {expected}, the meter sent {answer.GetType().Name}");
}
