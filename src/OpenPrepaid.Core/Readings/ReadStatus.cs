namespace OpenPrepaid.Core.Readings;

/// <summary>The result of the latest exchange with a meter, shown in the status column.</summary>
public enum ReadStatus
{
    /// <summary>No exchange yet; shown as "?".</summary>
    NotRead = 0,
    Ok = 1,

    /// <summary>The exchange failed; the snapshot carries the error in words.</summary>
    Failed = 2,
}
