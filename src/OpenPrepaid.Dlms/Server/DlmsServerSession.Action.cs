using OpenPrepaid.Dlms.Xdlms;

namespace OpenPrepaid.Dlms.Server;

/// <summary>ACTION normal.</summary>
public sealed partial class DlmsServerSession
{
    private DlmsApdu Action(ActionRequestNormal request)
    {
        var method = request.Method;
        var operation = $"ACTION {method}";
        var failure = Resolve(method.ClassId, method.Instance, out var cosemObject);
        if (failure is { } objectFailure)
        {
            return Refused(request, operation, (ActionResult)objectFailure);
        }

        if (!cosemObject.MethodIds.Contains(method.MethodId))
        {
            return Refused(request, operation, ActionResult.ObjectUndefined);
        }

        if (cosemObject.GetMethodAccess(_clientSap, method.MethodId) != MethodAccessMode.Access)
        {
            return Refused(request, operation, ActionResult.ReadWriteDenied);
        }

        CosemActionResult outcome;
        try
        {
            outcome = cosemObject.Invoke(method.MethodId, request.Parameters, Context);
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            ServerLog.ObjectFailed(_device.Logger, _device.Name, method.ToString(), _clientSap, ex);
            return new ActionResponseNormal(request.InvokeId, ActionResult.HardwareFault);
        }

        if (outcome.Result == ActionResult.Success)
        {
            ServerLog.Operation(_device.Logger, _device.Name, _clientSap, operation);
        }
        else
        {
            ServerLog.ServiceRefused(_device.Logger, _device.Name, _clientSap, operation, DlmsServiceException.Describe(outcome.Result));
        }

        var returnParameters = outcome.ReturnValue is null ? null : GetDataResult.Success(outcome.ReturnValue);
        return new ActionResponseNormal(request.InvokeId, outcome.Result, returnParameters);
    }

    private ActionResponseNormal Refused(ActionRequestNormal request, string operation, ActionResult result)
    {
        ServerLog.ServiceRefused(_device.Logger, _device.Name, _clientSap, operation, DlmsServiceException.Describe(result));
        return new ActionResponseNormal(request.InvokeId, result);
    }
}
