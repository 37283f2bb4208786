using OpenPrepaid.Core.Settings;

namespace OpenPrepaid.Web.Api.Contracts;

/// <summary>A profile to save: a unique name and every prepaid setting.</summary>
public sealed record ProfileRequest(string? Name, PrepaidSettings? Settings);
