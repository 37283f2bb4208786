namespace OpenPrepaid.Dlms.Wrapper;

/// <summary>Why <see cref="WrapperDecoder"/> rejected a wrapper header.</summary>
public enum WrapperFrameError
{
    None,

    /// <summary>The version field is not 0x0001: the stream is out of step or the peer speaks another protocol.</summary>
    WrongVersion,

    /// <summary>The length field exceeds the configured maximum APDU size.</summary>
    LengthTooLong,
}
