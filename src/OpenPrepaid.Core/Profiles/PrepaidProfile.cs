using OpenPrepaid.Core.Settings;

namespace OpenPrepaid.Core.Profiles;

/// <summary>A named, saved set of prepaid settings that can be written to many meters.</summary>
public sealed class PrepaidProfile
{
    public PrepaidProfile(Guid id, string name, PrepaidSettings settings)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        ArgumentNullException.ThrowIfNull(settings);

        Id = id;
        Name = name;
        Settings = settings;
    }

    public Guid Id { get; }

    public string Name { get; private set; }

    public PrepaidSettings Settings { get; private set; }

    public void Change(string name, PrepaidSettings settings)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        ArgumentNullException.ThrowIfNull(settings);

        Name = name;
        Settings = settings;
    }

    public override string ToString() => $"profile {Name} ({Id})";
}
