using OpenPrepaid.Core.Profiles;

namespace OpenPrepaid.Cli.Output;

/// <summary>A saved prepaid profile in <c>--json</c> output.</summary>
internal sealed record ProfileDocument(Guid Id, string Name, SettingsDocument Settings)
{
    public static ProfileDocument From(PrepaidProfile profile) =>
        new(profile.Id, profile.Name, SettingsDocument.From(profile.Settings.ToMeterSettings()));
}
