using OpenPrepaid.Dlms.Axdr;
using OpenPrepaid.Meters.Models;

namespace OpenPrepaid.Simulator.Cosem;

/// <summary>
/// Checks a value against the A-XDR type a meter model gives an attribute or a method parameter: the tag, the
/// members of a structure, the elements of an array and a fixed length of an octet-string or bit-string.
/// A value of another shape gets type-unmatched.
/// </summary>
public static class CosemValueShape
{
    public static bool Matches(DlmsData value, CosemTypeDefinition type)
    {
        ArgumentNullException.ThrowIfNull(value);
        ArgumentNullException.ThrowIfNull(type);

        if (type.Type == DlmsDataType.DontCare)
        {
            return true;
        }

        if (value.Type != type.Type)
        {
            return false;
        }

        return value switch
        {
            StructureData structure => MembersMatch(structure, type),
            ArrayData array => type.Element is null || array.Items.All(item => Matches(item, type.Element)),
            OctetStringData octets => type.FixedLength is not { } bytes || octets.Value.Length == bytes,
            BitStringData bits => type.FixedLength is not { } bitCount || bits.BitCount == bitCount,
            _ => true,
        };
    }

    private static bool MembersMatch(StructureData structure, CosemTypeDefinition type)
    {
        // A structure the model leaves open (no members listed) takes any members.
        if (type.Members.Count == 0)
        {
            return true;
        }

        if (structure.Count != type.Members.Count)
        {
            return false;
        }

        for (var i = 0; i < structure.Count; i++)
        {
            if (!Matches(structure[i], type.Members[i]))
            {
                return false;
            }
        }

        return true;
    }
}
