using FsCheck;
using FsCheck.Fluent;
using OpenPrepaid.Dlms.Axdr;
using OpenPrepaid.Dlms.Cosem;
using OpenPrepaid.Dlms.Tests.Axdr;
using OpenPrepaid.Dlms.Xdlms;

namespace OpenPrepaid.Dlms.Tests.Xdlms;

/// <summary>FsCheck generators for every xDLMS APDU the library encodes, with any field values the layout allows.</summary>
public static class ApduGenerators
{
    private static readonly Gen<DlmsData> Value = DataGenerators.DataOfDepth(2);

    private static readonly Gen<InvokeIdAndPriority> InvokeId = DataGenerators.Byte.Select(b => new InvokeIdAndPriority(b));

    private static readonly Gen<ObisCode> Obis = DataGenerators.Bytes(6).Select(b => ObisCode.FromBytes(b));

    private static readonly Gen<ushort> ClassId = Gen.Frequency(
        (3, Gen.Elements<ushort>(1, 3, 7, 8, 15, 70, 71, 111, 112, 113, 115)),
        (1, Gen.Choose(0, 0xFFFF).Select(c => (ushort)c)));

    private static readonly Gen<sbyte> Index = DataGenerators.Byte.Select(b => unchecked((sbyte)b));

    private static readonly Gen<uint> BlockNumber = Gen.Frequency(
        (3, Gen.Choose(1, 10).Select(n => (uint)n)),
        (1, DataGenerators.Bytes(4).Select(b => System.Buffers.Binary.BinaryPrimitives.ReadUInt32BigEndian(b))));

    private static readonly Gen<DataAccessResult> AccessResult = Gen.Frequency(
        (3, Gen.Elements(Enum.GetValues<DataAccessResult>())),
        (1, DataGenerators.Byte.Select(b => (DataAccessResult)b)));

    private static readonly Gen<AttributeReference> Reference =
        from classId in ClassId
        from instance in Obis
        from attribute in Index
        from access in Gen.Frequency(
            (3, Gen.Constant<SelectiveAccessDescriptor?>(null)),
            (1, from selector in DataGenerators.Byte from parameters in Value select (SelectiveAccessDescriptor?)new SelectiveAccessDescriptor(selector, parameters)))
        select new AttributeReference(new CosemAttributeDescriptor(classId, instance, attribute), access);

    private static readonly Gen<GetDataResult> DataResult = Gen.Frequency(
        (3, Value.Select(GetDataResult.Success)),
        (1, AccessResult.Where(r => r != DataAccessResult.Success).Select(GetDataResult.Failure)));

    private static readonly Gen<DataBlockSa> Block =
        from last in Gen.Elements(true, false)
        from number in BlockNumber
        from raw in DataGenerators.AnyBytes
        select new DataBlockSa(last, number, raw);

    private static readonly Gen<int> ListCount = Gen.Choose(0, 4);

    /// <summary>Any GET, SET or ACTION APDU, exception-response or confirmed-service-error.</summary>
    public static Gen<DlmsApdu> Apdu { get; } = Gen.OneOf(
        Get(),
        Set(),
        Action(),
        Errors());

    private static Gen<DlmsApdu> Get() => Gen.OneOf(
        from id in InvokeId from reference in Reference select (DlmsApdu)new GetRequestNormal(id, reference),
        from id in InvokeId from number in BlockNumber select (DlmsApdu)new GetRequestNext(id, number),
        from id in InvokeId from n in ListCount from references in Gen.ArrayOf(Reference, n) select (DlmsApdu)new GetRequestWithList(id, references),
        from id in InvokeId from result in DataResult select (DlmsApdu)new GetResponseNormal(id, result),
        from id in InvokeId
        from last in Gen.Elements(true, false)
        from number in BlockNumber
        from raw in DataGenerators.AnyBytes
        select (DlmsApdu)new GetResponseWithDataBlock(id, last, number, raw),
        from id in InvokeId
        from last in Gen.Elements(true, false)
        from number in BlockNumber
        from result in AccessResult
        select (DlmsApdu)new GetResponseWithDataBlock(id, last, number, null, result),
        from id in InvokeId from n in ListCount from results in Gen.ArrayOf(DataResult, n) select (DlmsApdu)new GetResponseWithList(id, results));

    private static Gen<DlmsApdu> Set() => Gen.OneOf(
        from id in InvokeId from reference in Reference from value in Value select (DlmsApdu)new SetRequestNormal(id, reference, value),
        from id in InvokeId from reference in Reference from block in Block select (DlmsApdu)new SetRequestWithFirstDataBlock(id, reference, block),
        from id in InvokeId from block in Block select (DlmsApdu)new SetRequestWithDataBlock(id, block),
        from id in InvokeId
        from n in ListCount
        from references in Gen.ArrayOf(Reference, n)
        from values in Gen.ArrayOf(Value, n)
        select (DlmsApdu)new SetRequestWithList(id, references, values),
        from id in InvokeId from result in AccessResult select (DlmsApdu)new SetResponseNormal(id, result),
        from id in InvokeId from number in BlockNumber select (DlmsApdu)new SetResponseDataBlock(id, number),
        from id in InvokeId from result in AccessResult from number in BlockNumber select (DlmsApdu)new SetResponseLastDataBlock(id, result, number),
        from id in InvokeId from n in ListCount from results in Gen.ArrayOf(AccessResult, n) select (DlmsApdu)new SetResponseWithList(id, results));

    private static Gen<DlmsApdu> Action() => Gen.OneOf(
        from id in InvokeId
        from classId in ClassId
        from instance in Obis
        from method in Index
        from parameters in Gen.Frequency((1, Gen.Constant<DlmsData?>(null)), (3, Value.Select(v => (DlmsData?)v)))
        select (DlmsApdu)new ActionRequestNormal(id, new CosemMethodDescriptor(classId, instance, method), parameters),
        from id in InvokeId
        from result in Gen.Frequency((3, Gen.Elements(Enum.GetValues<ActionResult>())), (1, DataGenerators.Byte.Select(b => (ActionResult)b)))
        from returned in Gen.Frequency((1, Gen.Constant<GetDataResult?>(null)), (1, DataResult.Select(r => (GetDataResult?)r)))
        select (DlmsApdu)new ActionResponseNormal(id, result, returned));

    private static Gen<DlmsApdu> Errors() => Gen.OneOf(
        from state in DataGenerators.Byte
        from service in DataGenerators.Byte
        from counter in DataGenerators.Bytes(4).Select(b => System.Buffers.Binary.BinaryPrimitives.ReadUInt32BigEndian(b))
        select (DlmsApdu)new ExceptionResponse(
            (ExceptionStateError)state,
            (ExceptionServiceError)service,
            (ExceptionServiceError)service == ExceptionServiceError.InvocationCounterError ? counter : null),
        from state in Gen.Elements(Enum.GetValues<ExceptionStateError>())
        from counter in DataGenerators.Bytes(4).Select(b => System.Buffers.Binary.BinaryPrimitives.ReadUInt32BigEndian(b))
        select (DlmsApdu)new ExceptionResponse(state, ExceptionServiceError.InvocationCounterError, counter),
        from choice in DataGenerators.Byte
        from kind in DataGenerators.Byte
        from value in DataGenerators.Byte
        select (DlmsApdu)new ConfirmedServiceError(choice, (ServiceErrorKind)kind, value));
}

/// <summary>Registers the APDU generator with FsCheck for <c>[Property(Arbitrary = ...)]</c>.</summary>
public static class ApduArbitraries
{
    public static Arbitrary<DlmsApdu> Apdu() => Arb.From(ApduGenerators.Apdu);
}
