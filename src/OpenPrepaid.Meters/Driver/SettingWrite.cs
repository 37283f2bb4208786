using OpenPrepaid.Core.Settings;
using OpenPrepaid.Dlms.Axdr;

namespace OpenPrepaid.Meters.Driver;

/// <summary>One SET of a settings write and the profile fields its result reports on.</summary>
internal sealed record SettingWrite(PlannedAttribute Attribute, DlmsData Value, IReadOnlyList<SettingField> Fields);
