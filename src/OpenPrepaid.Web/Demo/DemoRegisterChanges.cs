namespace OpenPrepaid.Web.Demo;

/// <summary>What a start of the demo fleet changed in the meter register.</summary>
/// <param name="Skipped">Serial numbers of demo meters left alone because an operator's meter has them.</param>
internal sealed record DemoRegisterChanges(int Added, int Updated, IReadOnlyList<string> Skipped);
