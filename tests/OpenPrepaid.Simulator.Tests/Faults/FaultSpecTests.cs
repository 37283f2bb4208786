using OpenPrepaid.Simulator.Faults;

namespace OpenPrepaid.Simulator.Tests.Faults;

/// <summary>The fault spec grammar: accepted rules and errors that name the wrong token.</summary>
public class FaultSpecTests
{
    [Fact]
    public void ExampleSpecParsesInOrder()
    {
        var plan = FaultSpec.Parse("SIM00003=noanswer:2,SIM00007=close-before, *=delay:200ms");

        Assert.Equal(3, plan.Assignments.Count);
        Assert.Equal(new FaultAssignment("SIM00003", new FaultRule(FaultKind.NoAnswer, 2)), plan.Assignments[0]);
        Assert.Equal(new FaultAssignment("SIM00007", new FaultRule(FaultKind.CloseBeforeApply, 1)), plan.Assignments[1]);
        Assert.Equal(new FaultAssignment("*", new FaultRule(FaultKind.DelayAnswer, null, TimeSpan.FromMilliseconds(200))), plan.Assignments[2]);
        Assert.Equal([new FaultRule(FaultKind.NoAnswer, 2), new FaultRule(FaultKind.DelayAnswer, null, TimeSpan.FromMilliseconds(200))], plan.RulesFor("SIM00003"));
        Assert.Equal("SIM00003=noanswer:2,SIM00007=close-before,*=delay:200ms", plan.ToString());
    }

    [Theory]
    [InlineData("close-after", FaultKind.CloseAfterApply, 1, 0)]
    [InlineData("corrupt:3", FaultKind.CorruptAnswer, 3, 0)]
    [InlineData("noanswer:always", FaultKind.NoAnswer, null, 0)]
    [InlineData("ignore-snrm", FaultKind.IgnoreLinkSetup, 1, 0)]
    [InlineData("trickle:5ms", FaultKind.TrickleAnswer, null, 5)]
    [InlineData("pause-final:3s:1", FaultKind.PauseBeforeFinalFrame, 1, 3000)]
    [InlineData("delay:2s:4", FaultKind.DelayAnswer, 4, 2000)]
    [InlineData("dead", FaultKind.Dead, null, 0)]
    [InlineData("dead@3", FaultKind.Dead, null, 0, 3)]
    [InlineData("close-after@2", FaultKind.CloseAfterApply, 1, 0, 2)]
    [InlineData("delay:150ms:2@1", FaultKind.DelayAnswer, 2, 150, 1)]
    public void EveryKindParses(string fault, FaultKind kind, int? times, int delayMilliseconds, int skip = 0)
    {
        var rule = Assert.Single(FaultSpec.Parse("SIM00001=" + fault).Assignments).Rule;

        Assert.Equal(kind, rule.Kind);
        Assert.Equal(times, rule.Times);
        Assert.Equal(TimeSpan.FromMilliseconds(delayMilliseconds), rule.Delay);
        Assert.Equal(skip, rule.Skip);
        Assert.Equal(fault, rule.ToString());
        Assert.Equal(rule, Assert.Single(FaultSpec.Parse("SIM00001=" + rule).Assignments).Rule);
    }

    [Theory]
    [InlineData("SIM00001", FaultSpecProblem.MissingEquals, "SIM00001")]
    [InlineData("SIM00001=noanswr:2", FaultSpecProblem.UnknownKind, "noanswr")]
    [InlineData("SIM00001=noanswer:0", FaultSpecProblem.InvalidTimes, "0")]
    [InlineData("SIM00001=noanswer:two", FaultSpecProblem.InvalidTimes, "two")]
    [InlineData("SIM00001=delay", FaultSpecProblem.MissingDelay, "delay")]
    [InlineData("SIM00001=delay:200", FaultSpecProblem.InvalidDelay, "200")]
    [InlineData("SIM00001=delay:0ms", FaultSpecProblem.InvalidDelay, "0ms")]
    [InlineData("SIM00001=trickle:11m", FaultSpecProblem.InvalidDelay, "11m")]
    [InlineData("SIM00001=delay:601s", FaultSpecProblem.InvalidDelay, "601s")]
    [InlineData("SIM00001=dead:2", FaultSpecProblem.TooManyArguments, "dead:2")]
    [InlineData("SIM00001=corrupt:1:2", FaultSpecProblem.TooManyArguments, "corrupt:1:2")]
    [InlineData("=dead", FaultSpecProblem.InvalidTarget, "")]
    [InlineData("SIM00001=dead,,*=corrupt", FaultSpecProblem.MissingEquals, "")]
    [InlineData("SIM00001=corrupt@x", FaultSpecProblem.InvalidSkip, "x")]
    [InlineData("SIM00001=corrupt@0", FaultSpecProblem.InvalidSkip, "0")]
    [InlineData("SIM00001=corrupt@", FaultSpecProblem.InvalidSkip, "")]
    public void BadSpecNamesTheToken(string spec, FaultSpecProblem problem, string token)
    {
        var error = Assert.Throws<FaultSpecException>(() => FaultSpec.Parse(spec));

        Assert.Equal(problem, error.Problem);
        Assert.Equal(token, error.Token);
        Assert.Contains($"'{token}'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void UnknownKindListsAcceptedForms()
    {
        var error = Assert.Throws<FaultSpecException>(() => FaultSpec.Parse("SIM00003=noanswr:2"));

        Assert.Equal(
            "Invalid fault rule 'SIM00003=noanswr:2' at 'noanswr': unknown fault kind; the accepted forms are " + FaultSpec.AcceptedForms + ".",
            error.Message);
    }

    [Fact]
    public void BlankSpecIsNoFaults()
    {
        Assert.Empty(FaultSpec.Parse("  ").Assignments);
        Assert.Empty(FaultSpec.Parse(null).Assignments);
    }

    [Fact]
    public void UnknownSerialIsNamed()
    {
        var plan = FaultSpec.Parse("SIM00001=dead,SIM00099=corrupt");

        var error = Assert.Throws<FaultSpecException>(() => plan.EnsureTargetsExist(["SIM00001", "SIM00002"]));

        Assert.Equal(FaultSpecProblem.UnknownSerial, error.Problem);
        Assert.Equal("SIM00099", error.Token);
        Assert.Contains("SIM00001 to SIM00002", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void SkippedExchangesPassThrough()
    {
        var faults = new MeterFaults("SIM00001");
        faults.Add(new FaultRule(FaultKind.CloseAfterApply, 1, skip: 2));
        faults.Add(new FaultRule(FaultKind.IgnoreLinkSetup, 1, skip: 1));

        var kinds = new[]
        {
            faults.Next(Dlms.Server.ExchangeKind.LinkSetup),
            faults.Next(Dlms.Server.ExchangeKind.Apdu),
            faults.Next(Dlms.Server.ExchangeKind.Apdu),
            faults.Next(Dlms.Server.ExchangeKind.LinkSetup),
            faults.Next(Dlms.Server.ExchangeKind.Apdu),
            faults.Next(Dlms.Server.ExchangeKind.Apdu),
        }.Select(fault => fault.Kind);

        Assert.Equal(
            [
                Dlms.Server.ExchangeFaultKind.None,
                Dlms.Server.ExchangeFaultKind.None,
                Dlms.Server.ExchangeFaultKind.None,
                Dlms.Server.ExchangeFaultKind.NoAnswer,
                Dlms.Server.ExchangeFaultKind.CloseAfterApply,
                Dlms.Server.ExchangeFaultKind.None,
            ],
            kinds);
        Assert.Empty(faults.Pending);
    }

    [Fact]
    public void CountedRulesAreUsedUpInOrder()
    {
        var faults = new MeterFaults("SIM00001");
        faults.Add(new FaultRule(FaultKind.NoAnswer, 2));
        faults.Add(new FaultRule(FaultKind.IgnoreLinkSetup, 1));
        faults.Add(FaultRule.Slow(TimeSpan.FromMilliseconds(50)));

        var kinds = new[]
        {
            faults.Next(Dlms.Server.ExchangeKind.LinkSetup),
            faults.Next(Dlms.Server.ExchangeKind.Apdu),
            faults.Next(Dlms.Server.ExchangeKind.LinkSetup),
            faults.Next(Dlms.Server.ExchangeKind.Apdu),
            faults.Next(Dlms.Server.ExchangeKind.Apdu),
            faults.Next(Dlms.Server.ExchangeKind.Apdu),
        }.Select(fault => fault.Kind);

        Assert.Equal(
            [
                Dlms.Server.ExchangeFaultKind.NoAnswer,
                Dlms.Server.ExchangeFaultKind.NoAnswer,
                Dlms.Server.ExchangeFaultKind.None,
                Dlms.Server.ExchangeFaultKind.NoAnswer,
                Dlms.Server.ExchangeFaultKind.DelayAnswer,
                Dlms.Server.ExchangeFaultKind.DelayAnswer,
            ],
            kinds);
        Assert.Equal(5, faults.Injected);
        Assert.Equal([FaultRule.Slow(TimeSpan.FromMilliseconds(50))], faults.Pending);
    }
}
