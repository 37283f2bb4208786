using OpenPrepaid.Web.Identity;

namespace OpenPrepaid.Web.Tests.Support;

/// <summary>Keeps the first administrator's one-time password that the server would print, so a test can sign in with it.</summary>
public sealed class CapturedPasswordNotice : IInitialPasswordNotice
{
    private readonly TaskCompletionSource<(string UserName, string Password)> _published = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public Task<(string UserName, string Password)> Published => _published.Task;

    public void Publish(string userName, string oneTimePassword) => _published.TrySetResult((userName, oneTimePassword));
}
