using System.Globalization;
using OpenPrepaid.Core.Resources;

namespace OpenPrepaid.Core.Profiles;

/// <summary>
/// One entry of the profile drop-down. The first entry is always "settings in this meter", which shows
/// what the selected meter contains and cannot be written; the others are saved profiles.
/// </summary>
public sealed record ProfileChoice(Guid? ProfileId, string? ProfileName)
{
    public static ProfileChoice SettingsInMeter { get; } = new(null, null);

    public bool IsSettingsInMeter => ProfileId is null;

    public bool IsWritable => ProfileId is not null;

    public string DisplayName(CultureInfo culture) =>
        ProfileName ?? Messages.Get("SettingsInMeter", culture);

    public static ProfileChoice Of(PrepaidProfile profile) => new(profile.Id, profile.Name);
}
