using OpenPrepaid.Cli;

// Ctrl+C, SIGINT and SIGTERM cancel the running command, which then stops cleanly.
return await CliApplication.RunAsync(args, CliContext.ForConsole(args), handleTermination: true, CancellationToken.None);
