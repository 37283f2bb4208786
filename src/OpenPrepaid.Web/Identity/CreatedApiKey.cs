namespace OpenPrepaid.Web.Identity;

/// <summary>A new API key with its full text, which exists only here: the database keeps its hash.</summary>
public sealed record CreatedApiKey(ApiKey Key, string Secret);
