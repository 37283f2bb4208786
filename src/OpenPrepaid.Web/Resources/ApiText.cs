namespace OpenPrepaid.Web.Resources;

/// <summary>Marker type of the API's messages (ApiText.resx, ApiText.uk.resx), chosen by the request's Accept-Language.</summary>
public sealed class ApiText;
