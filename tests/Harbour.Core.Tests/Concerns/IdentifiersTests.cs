using Harbour.Core.Concerns;

namespace Harbour.Core.Tests.Concerns;

public sealed class IdentifiersTests
{
    [Theory]
    [InlineData("07700 900982", "+447700900982")]
    [InlineData("+44 (0)7700-900-982", "+447700900982")]
    [InlineData("023 8083 3000", "+442380833000")]
    [InlineData("+40 721 234 567", "+40721234567")]
    public void Phone_ValidNumbers_AreE164(string raw, string expected) => Assert.Equal(expected, Identifiers.Phone(raw));

    [Theory]
    [InlineData("12345")]
    [InlineData("call me")]
    [InlineData("")]
    public void Phone_NotAPhoneNumber_IsNull(string raw) => Assert.Null(Identifiers.Phone(raw));

    [Theory]
    [InlineData("so143ja", "SO14 3JA")]
    [InlineData(" PO1 2AB ", "PO1 2AB")]
    [InlineData("ec1a1bb", "EC1A 1BB")]
    public void Postcode_ValidUkPostcodes_AreFormatted(string raw, string expected) => Assert.Equal(expected, Identifiers.Postcode(raw));

    [Theory]
    [InlineData("SO14")]
    [InlineData("12345")]
    [InlineData("QQ1 1AA")]
    public void Postcode_NotAFullUkPostcode_IsNull(string raw) => Assert.Null(Identifiers.Postcode(raw));

    [Theory]
    [InlineData("ab12 cde", "AB12CDE")]
    [InlineData("W-123-ABC", "W123ABC")]
    public void VehicleRegistration_IsUpperCaseWithoutSpaces(string raw, string expected) => Assert.Equal(expected, Identifiers.VehicleRegistration(raw));

    [Fact]
    public void VehicleRegistration_WithSymbols_IsNull() => Assert.Null(Identifiers.VehicleRegistration("<script>"));

    [Fact]
    public void Countries_IncludeTheUsualAndExcludeGroupings()
    {
        Assert.Equal("Romania", Countries.NameOf("RO"));
        Assert.Equal("United Kingdom", Countries.NameOf("GB"));
        Assert.False(Countries.IsKnown("EU"));
        Assert.InRange(Countries.All.Count, 240, 260);
    }
}
