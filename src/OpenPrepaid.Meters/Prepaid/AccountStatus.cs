namespace OpenPrepaid.Meters.Prepaid;

/// <summary>account_status of the Account object (class 111, attribute 2).</summary>
public enum AccountStatus : byte
{
    NewInactive = 1,
    Active = 2,
    Closed = 3,
}
