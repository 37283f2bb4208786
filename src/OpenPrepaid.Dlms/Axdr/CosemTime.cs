namespace OpenPrepaid.Dlms.Axdr;

/// <summary>
/// A COSEM time (4 bytes): hour, minute, second, hundredths, each 0xFF when not specified.
/// </summary>
public readonly record struct CosemTime(byte Hour, byte Minute, byte Second, byte Hundredths)
{
    public const byte NotSpecified = 0xFF;
    public const int EncodedLength = 4;

    public static CosemTime Read(ref AxdrReader reader)
    {
        var hour = reader.ReadByte();
        var minute = reader.ReadByte();
        var second = reader.ReadByte();
        var hundredths = reader.ReadByte();
        return new CosemTime(hour, minute, second, hundredths);
    }

    public void Write(AxdrWriter writer)
    {
        writer.WriteByte(Hour);
        writer.WriteByte(Minute);
        writer.WriteByte(Second);
        writer.WriteByte(Hundredths);
    }

    public static CosemTime FromTimeOnly(TimeOnly time) =>
        new((byte)time.Hour, (byte)time.Minute, (byte)time.Second, (byte)(time.Millisecond / 10));

    /// <summary>
    /// Converts to a <see cref="TimeOnly"/>, or null when hour or minute is not specified or a field is out of
    /// range. An unspecified second or hundredths counts as zero.
    /// </summary>
    public TimeOnly? ToTimeOnly()
    {
        if (Hour > 23 || Minute > 59)
        {
            return null;
        }

        var second = Second == NotSpecified ? 0 : Second;
        var hundredths = Hundredths == NotSpecified ? 0 : Hundredths;
        if (second > 59 || hundredths > 99)
        {
            return null;
        }

        return new TimeOnly(Hour, Minute, second, hundredths * 10);
    }

    public override string ToString() =>
        $"{CosemDate.Field(Hour)}:{CosemDate.Field(Minute)}:{CosemDate.Field(Second)}.{CosemDate.Field(Hundredths)}";
}
