using OpenPrepaid.Web.Hosting;

var builder = WebApplication.CreateBuilder(args);
builder.Configuration.AddCommandLine(args, OpenPrepaidWebOptions.CommandLineSwitches);
builder.AddOpenPrepaidWeb();

var app = builder.Build();
await app.InitializeOpenPrepaidAsync();
app.UseOpenPrepaidWeb();
await app.RunAsync();

/// <summary>The web host's entry point; public so that tests can start it with WebApplicationFactory.</summary>
public partial class Program;
