using OpenPrepaid.Dlms.Xdlms;

namespace OpenPrepaid.Dlms;

/// <summary>
/// The meter answered a request with an error: a Data-Access-Result, an Action-Result, an
/// exception-response or a confirmed-service-error. The association stays usable.
/// </summary>
public sealed class DlmsServiceException : DlmsException
{
    public DlmsServiceException(string operation, DataAccessResult result)
        : base($"{operation} failed: {Describe(result)}")
    {
        AccessResult = result;
    }

    public DlmsServiceException(string operation, ActionResult result)
        : base($"{operation} failed: {Describe(result)}")
    {
        ActionResult = result;
    }

    public DlmsServiceException(string operation, ExceptionResponse response)
        : base($"{operation} failed: exception-response {Describe(response.StateError)} / {Describe(response.ServiceError)}")
    {
        ExceptionResponse = response;
    }

    public DlmsServiceException(string operation, ConfirmedServiceError error)
        : base($"{operation} failed: {error}")
    {
        ConfirmedServiceError = error;
    }

    /// <summary>An error the client raises itself because the negotiated services do not allow the request.</summary>
    public DlmsServiceException(string message)
        : base(message)
    {
    }

    public DataAccessResult? AccessResult { get; }

    public ActionResult? ActionResult { get; }

    public ExceptionResponse? ExceptionResponse { get; }

    public ConfirmedServiceError? ConfirmedServiceError { get; }

    public override bool IsTransient =>
        AccessResult is DataAccessResult.TemporaryFailure || ActionResult is Xdlms.ActionResult.TemporaryFailure;

    /// <summary>Turns an enum value such as ObjectUndefined into the standard's spelling, object-undefined.</summary>
    public static string Describe<T>(T value)
        where T : struct, Enum
    {
        if (!Enum.IsDefined(value))
        {
            return $"{typeof(T).Name} {Convert.ToInt32(value, System.Globalization.CultureInfo.InvariantCulture)}";
        }

        var name = value.ToString();
        var builder = new System.Text.StringBuilder(name.Length + 4);
        for (var i = 0; i < name.Length; i++)
        {
            if (i > 0 && char.IsUpper(name[i]))
            {
                builder.Append('-');
            }

            builder.Append(char.ToLowerInvariant(name[i]));
        }

        return builder.ToString();
    }
}
