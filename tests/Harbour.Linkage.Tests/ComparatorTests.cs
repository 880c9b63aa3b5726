using Harbour.Linkage.Comparison;
using Harbour.Linkage.Data;
using static Harbour.Linkage.Comparison.ComparisonLevels;

namespace Harbour.Linkage.Tests;

public class ComparatorTests
{
    private static int Level(FieldRole role, PersonRecord a, PersonRecord b, FieldRole[]? roles = null)
    {
        var table = new RecordTable(roles ?? [role]);
        table.Add(a);
        table.Add(b);
        var comparer = new PairComparer(table);
        return PairComparer.LevelOf(comparer.Compare(0, 1), Array.IndexOf(comparer.Fields, role));
    }

    private static int NameLevel(string a, string b) =>
        Level(FieldRole.GivenName, new PersonRecord("a") { GivenName = a }, new PersonRecord("b") { GivenName = b });

    [Fact]
    public void Compare_SwappedGivenAndFamilyNames_ScoresAsSwapLevel()
    {
        FieldRole[] roles = [FieldRole.GivenName, FieldRole.FamilyName];
        var a = TestData.Person("a", "Tran", "Minh");
        var b = TestData.Person("b", "Minh", "Tran");
        Assert.Equal(NameSwapped, Level(FieldRole.GivenName, a, b, roles));
        Assert.Equal(NameSwapped, Level(FieldRole.FamilyName, a, b, roles));
    }

    [Theory]
    [InlineData("Mohamed", "Muhammad", NameVariant)]
    [InlineData("Alexandru", "Alex", NameVariant)]
    [InlineData("Yohannes", "John", NameVariant)]
    [InlineData("Robert", "Bob", NameVariant)]
    [InlineData("Nguyễn", "NGUYEN", Exact)]
    [InlineData("O'Brien", "obrien", Exact)]
    [InlineData("Katarzyna", "Katarzina", NameTypo)]
    [InlineData("Philip", "Filip", NameSimilar)]
    [InlineData("J", "John", NameInitial)]
    [InlineData("Agnieszka", "Blessing", NameDifferent)]
    public void Compare_Names_GivesExpectedLevel(string a, string b, int expected)
    {
        Assert.Equal(expected, NameLevel(a, b));
    }

    [Theory]
    [InlineData("1990-03-14", "14/03/1990", Exact)]
    [InlineData("1990-03-04", "1990-04-03", DateDayMonthSwapped)]
    [InlineData("1990-03-14", "1990-03-15", DateOneDigit)]
    [InlineData("1990-03-14", "1990-11-30", DateWithinYear)]
    [InlineData("1990-01-01", "1990-06-30", DateSameYear)]
    [InlineData("1990-01-01", "1990-01-01", DateSameYear)]
    [InlineData("1990-03-14", "1986-08-02", DateWithinTenYears)]
    [InlineData("1990-03-14", "1975-08-02", DateDifferent)]
    [InlineData("2006-09-18", "1964-05-14", DateDifferent)]
    public void Compare_Dates_GivesExpectedLevel(string a, string b, int expected)
    {
        Assert.Equal(expected, Level(FieldRole.DateOfBirth, new PersonRecord("a") { DateOfBirth = a }, new PersonRecord("b") { DateOfBirth = b }));
    }

    [Theory]
    [InlineData("SO14 3AB", "so143ab", Exact)]
    [InlineData("SO14 3AB", "SO14 3XY", PostcodeSector)]
    [InlineData("SO14 3AB", "SO14 7XY", PostcodeDistrict)]
    [InlineData("SO14 3AB", "PO1 2AA", PostcodeDifferent)]
    public void Compare_UkPostcodes_GivesFullSectorOrDistrictLevel(string a, string b, int expected)
    {
        Assert.Equal(expected, Level(FieldRole.Postcode, new PersonRecord("a") { Postcode = a }, new PersonRecord("b") { Postcode = b }));
    }

    [Theory]
    [InlineData("07700 900123", "+44 7700 900123", Exact)]
    [InlineData("(07700) 900-123", "0044 7700 900123", Exact)]
    [InlineData("07700 900123", "07700 900124", Close)]
    [InlineData("07700 900123", "07911 123456", CloseDifferent)]
    public void Compare_PhonesInDifferentFormats_AgreeAsE164(string a, string b, int expected)
    {
        Assert.Equal(expected, Level(FieldRole.Phone, new PersonRecord("a") { Phone = a }, new PersonRecord("b") { Phone = b }));
    }

    [Theory]
    [InlineData("Jane.Doe+work@GMAIL.com", "janedoe@googlemail.com", Exact)]
    [InlineData("jdoe@example.org", "jdoe@example.com", EmailSameLocalPart)]
    [InlineData("jdoe@example.org", "someone@else.net", EmailDifferent)]
    public void Compare_Emails_AreCanonicalised(string a, string b, int expected)
    {
        Assert.Equal(expected, Level(FieldRole.Email, new PersonRecord("a") { Email = a }, new PersonRecord("b") { Email = b }));
    }

    [Theory]
    [InlineData("12 High St", "12 high street", Exact)]
    [InlineData("12 High Street, Flat", "12 High Street", AddressSameNumberSimilar)]
    [InlineData("12 High Street", "14 High Street", AddressDifferent)]
    [InlineData("High Street Portswood", "High Street", AddressSimilar)]
    public void Compare_Addresses_RequireHouseNumberAgreement(string a, string b, int expected)
    {
        Assert.Equal(expected, Level(FieldRole.Address, new PersonRecord("a") { Address = a }, new PersonRecord("b") { Address = b }));
    }
}

public class PhoneNormaliserTests
{
    [Theory]
    [InlineData("07700 900123")]
    [InlineData("+44 7911 123456")]
    [InlineData("0044 7911 123456")]
    [InlineData("(07412) 345 678")]
    [InlineData("07123456789")]
    public void Phone_UkMobileFastPath_AgreesWithLibphonenumber(string raw)
    {
        var util = PhoneNumbers.PhoneNumberUtil.GetInstance();
        string digits = new([.. raw.Where(c => char.IsAsciiDigit(c) || c == '+')]);
        if (digits.StartsWith("00", StringComparison.Ordinal))
        {
            digits = "+" + digits[2..];
        }

        string expected = util.Format(util.Parse(digits, "GB"), PhoneNumbers.PhoneNumberFormat.E164);
        Assert.Equal(expected, Harbour.Linkage.Text.FieldNormalisers.Phone(raw));
    }

    [Fact]
    public void Phone_TooFewDigits_IsMissing()
    {
        Assert.Null(Harbour.Linkage.Text.FieldNormalisers.Phone("123"));
    }
}
