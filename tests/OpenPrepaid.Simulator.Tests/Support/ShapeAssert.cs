using OpenPrepaid.Dlms.Axdr;
using OpenPrepaid.Meters.Models;

namespace OpenPrepaid.Simulator.Tests.Support;

/// <summary>Asserts that a value read from a meter has the A-XDR type the model gives it, member by member.</summary>
internal static class ShapeAssert
{
    public static void Matches(DlmsData value, CosemTypeDefinition type, string path)
    {
        if (type.Type == DlmsDataType.DontCare)
        {
            return;
        }

        Assert.True(value.Type == type.Type, $"{path}: expected {type.Type}, got {value.Type}");
        switch (value)
        {
            case StructureData structure when type.Members.Count > 0:
                Assert.True(structure.Count == type.Members.Count, $"{path}: expected {type.Members.Count} members, got {structure.Count}");
                for (var i = 0; i < structure.Count; i++)
                {
                    Matches(structure[i], type.Members[i], $"{path}.{type.Members[i].Name}");
                }

                break;
            case ArrayData array when type.Element is not null:
                for (var i = 0; i < array.Count; i++)
                {
                    Matches(array[i], type.Element, $"{path}[{i}]");
                }

                break;
            case OctetStringData octets when type.FixedLength is { } length:
                Assert.True(octets.Value.Length == length, $"{path}: expected {length} bytes, got {octets.Value.Length}");
                break;
            case BitStringData bits when type.FixedLength is { } bitCount:
                Assert.True(bits.BitCount == bitCount, $"{path}: expected {bitCount} bits, got {bits.BitCount}");
                break;
        }
    }
}
