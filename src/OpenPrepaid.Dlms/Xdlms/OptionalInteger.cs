using OpenPrepaid.Dlms.Axdr;

namespace OpenPrepaid.Dlms.Xdlms;

/// <summary>An A-XDR OPTIONAL Integer8: 00 when absent, 01 and the value when present.</summary>
internal static class OptionalInteger
{
    public static void Write(AxdrWriter writer, sbyte? value)
    {
        if (value is { } present)
        {
            writer.WriteByte(1);
            writer.WriteSByte(present);
        }
        else
        {
            writer.WriteByte(0);
        }
    }

    public static sbyte? Read(ref AxdrReader reader) => reader.ReadByte() == 0 ? null : reader.ReadSByte();
}
