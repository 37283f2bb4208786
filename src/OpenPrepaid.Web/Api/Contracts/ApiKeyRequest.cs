namespace OpenPrepaid.Web.Api.Contracts;

/// <summary>A key to create: what it is for, and its role (viewer, cashier, engineer or administrator).</summary>
public sealed record ApiKeyRequest(string? Name, string? Role);
