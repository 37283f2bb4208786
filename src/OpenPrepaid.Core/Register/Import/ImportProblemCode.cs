namespace OpenPrepaid.Core.Register.Import;

/// <summary>Why a file or one of its entries could not be turned into a meter; each name is a key in ImportMessages.</summary>
public enum ImportProblemCode
{
    FileEmpty,
    FileFormatUnknown,
    JsonInvalid,
    JsonNoMeters,
    JsonEntryNotObject,
    CsvHeaderMissing,
    CsvColumnUnknown,
    CsvColumnRepeated,
    CsvFieldCount,
    CsvQuoteUnclosed,
    ValueNotInteger,
    ValueNotText,
    TokenKeyNotHexOrBase64,
    ChannelMissing,
    ChannelAmbiguous,
    SerialRepeated,
}
