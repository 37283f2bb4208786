namespace OpenPrepaid.Web.Identity;

/// <summary>Publishes the first administrator's one-time password to the person who started the server.</summary>
public interface IInitialPasswordNotice
{
    void Publish(string userName, string oneTimePassword);
}
