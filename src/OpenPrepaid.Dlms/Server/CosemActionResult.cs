using OpenPrepaid.Dlms.Axdr;
using OpenPrepaid.Dlms.Xdlms;

namespace OpenPrepaid.Dlms.Server;

/// <summary>Outcome of a COSEM method call.</summary>
public readonly record struct CosemActionResult(ActionResult Result, DlmsData? ReturnValue = null)
{
    public static CosemActionResult Success(DlmsData? returnValue = null) => new(ActionResult.Success, returnValue);
}
