namespace OpenPrepaid.Dlms.Hdlc;

/// <summary>Why <see cref="HdlcFrameDecoder"/> rejected the bytes at the start of its buffer.</summary>
public enum HdlcFrameError
{
    None,

    /// <summary>Bytes before the opening flag: line noise, a partial frame or the tail of a lost one.</summary>
    MissingOpeningFlag,

    /// <summary>The format field's type is not 1010 (frame format type 3).</summary>
    InvalidFormat,

    /// <summary>The length field is shorter than the header and FCS it must cover.</summary>
    LengthTooShort,

    /// <summary>The length field exceeds the configured maximum frame length.</summary>
    LengthTooLong,

    /// <summary>An address field is 3 bytes or longer than 4.</summary>
    InvalidAddress,

    /// <summary>The header check sequence does not match.</summary>
    HeaderChecksumMismatch,

    /// <summary>The frame check sequence does not match.</summary>
    FrameChecksumMismatch,

    /// <summary>The byte after the declared length is not a flag.</summary>
    MissingClosingFlag,
}
