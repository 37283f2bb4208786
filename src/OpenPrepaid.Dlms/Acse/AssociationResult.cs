namespace OpenPrepaid.Dlms.Acse;

/// <summary>The AARE result field.</summary>
public enum AssociationResult : byte
{
    Accepted = 0,
    RejectedPermanent = 1,
    RejectedTransient = 2,
}
