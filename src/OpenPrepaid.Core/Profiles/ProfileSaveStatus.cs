namespace OpenPrepaid.Core.Profiles;

public enum ProfileSaveStatus
{
    Saved = 0,

    /// <summary>Another profile has the same name, compared without regard to case.</summary>
    NameTaken = 1,
    NotFound = 2,
}
