using Harbour.Core.Concerns;
using Harbour.Core.Intelligence;

namespace Harbour.Core.Tests.Intelligence;

public sealed class VictimDetailsRedactorTests
{
    private static readonly PersonAtRisk Ana = new()
    {
        GivenNames = "Ana Maria", FamilyName = "Popescu", Aliases = ["Annie", "Mia Pop"], DateOfBirth = new DateOnly(1998, 3, 14),
        Phone = Identifiers.Phone("07700 900982"), Address = "12 Dock Road, Southampton", Postcode = "SO14 3JA",
    };

    [Theory]
    [InlineData("Ana Maria Popescu was seen at the car wash.", "[victim's name] was seen at the car wash.")]
    [InlineData("ANA   maria\npopescu was seen.", "[victim's name] was seen.")]
    [InlineData("Popescu and Ana were seen; Anastasia was not.", "[victim's name] and [victim's name] were seen; Anastasia was not.")]
    [InlineData("She calls herself Annie or mia  pop.", "She calls herself [victim's alias] or [victim's alias].")]
    public void Names_AndAliases_AreReplacedIgnoringCaseAndSpacing(string text, string expected) =>
        Assert.Equal(expected, VictimDetailsRedactor.Redact(text, [Ana]).Text);

    [Theory]
    [InlineData("14/03/1998")]
    [InlineData("14/3/98")]
    [InlineData("14-03-1998")]
    [InlineData("14.03.1998")]
    [InlineData("1998-03-14")]
    [InlineData("14 March 1998")]
    [InlineData("14th march 1998")]
    [InlineData("14 Mar 1998")]
    [InlineData("March 14, 1998")]
    public void DateOfBirth_InCommonFormats_IsReplaced(string written)
    {
        var redaction = VictimDetailsRedactor.Redact($"Born {written}, she says.", [Ana]);

        Assert.Equal("Born [victim's date of birth], she says.", redaction.Text);
        Assert.Equal(VictimDetailKind.DateOfBirth, Assert.Single(redaction.Removals).Kind);
    }

    [Theory]
    [InlineData("07700 900982")]
    [InlineData("07700900982")]
    [InlineData("+44 7700 900982")]
    [InlineData("+44 (0)7700 900 982")]
    [InlineData("0044 7700-900-982")]
    public void Phone_HoweverGrouped_IsReplaced(string written) =>
        Assert.Equal("Call [victim's phone number] now.", VictimDetailsRedactor.Redact($"Call {written} now.", [Ana]).Text);

    [Fact]
    public void AddressAndPostcode_AreReplaced_AndEachKindIsCounted()
    {
        var redaction = VictimDetailsRedactor.Redact(
            "Ana lives at 12 dock road, Southampton so14 3ja. Marius visits 12 Dock Road daily; his car is at SO143JA. Phone 07700 900982.", [Ana]);

        Assert.Equal(
            "[victim's name] lives at [victim's address] [victim's postcode]. Marius visits [victim's address] daily; his car is at [victim's postcode]. Phone [victim's phone number].",
            redaction.Text);
        Assert.Equal(
            [(VictimDetailKind.Name, 1), (VictimDetailKind.Phone, 1), (VictimDetailKind.Address, 2), (VictimDetailKind.Postcode, 2)],
            redaction.Removals.Select(r => (r.Kind, r.Count)));
        Assert.Equal(6, redaction.Total);
    }

    [Fact]
    public void OtherDatesNumbersAndNames_AreLeftAlone()
    {
        const string Text = "Seen on 14/03/2024 with Marius, phone 07700 900983, at SO14 3JB.";

        var redaction = VictimDetailsRedactor.Redact(Text, [Ana]);

        Assert.Equal(Text, redaction.Text);
        Assert.Empty(redaction.Removals);
    }
}
