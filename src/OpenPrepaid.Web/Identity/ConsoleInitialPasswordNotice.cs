namespace OpenPrepaid.Web.Identity;

/// <summary>
/// Prints the first administrator's one-time password to standard output. It goes to the console directly,
/// not through logging, so that it never reaches a log file or a log collector. It is valid only until the
/// first sign-in, which requires changing it.
/// </summary>
internal sealed class ConsoleInitialPasswordNotice : IInitialPasswordNotice
{
    public void Publish(string userName, string oneTimePassword)
    {
        Console.Out.WriteLine();
        Console.Out.WriteLine($"OpenPrepaid: created user '{userName}' with the one-time password: {oneTimePassword}");
        Console.Out.WriteLine("OpenPrepaid: sign in with it; the console then asks for a new password before anything else.");
        Console.Out.WriteLine();
    }
}
