using FsCheck;
using FsCheck.Fluent;
using Harbour.Core.Concerns;
using Harbour.Core.Statistics;

namespace Harbour.Core.Tests.Statistics;

public sealed class KAnonymiserTests
{
    private static readonly string[] Genders = ["Female", "Male", "In another way", "Not known"];
    private static readonly string?[] Citizenships = ["United Kingdom", "Romania", "Viet Nam", "Albania", "Eritrea", "Poland", "Sudan", null];
    private static readonly string[] Types = ["Sexual exploitation", "Forced labour", "Criminal exploitation", "Domestic servitude", "Forced begging"];

    private static readonly string[] CommonCitizenships = ["Romania", "Albania", "Viet Nam"];

    private static Gen<OpenDataPerson> Person() =>
        from gender in Gen.Elements(Genders)
        from age in Gen.Frequency((1, Gen.Constant((int?)null)), (3, Gen.Choose(0, 90).Select(a => (int?)a)))
        from ageGroup in Gen.Elements(AgeGroup.Adult, AgeGroup.Child, AgeGroup.NotKnown)
        from citizenship in Gen.Elements(Citizenships)
        from types in Gen.SubListOf(Types)
        from documents in Gen.Elements(true, false, false)
        from year in Gen.Choose(2023, 2025)
        select new OpenDataPerson(gender, age, ageGroup, citizenship, types.Order(StringComparer.Ordinal).ToList(),
            documents ? ["Withholds documents"] : [], year);

    private static Gen<OpenDataPerson[]> People() =>
        from size in Gen.Choose(0, 600)
        from people in Person().ArrayOf(size)
        select people;

    [Fact]
    public void Anonymise_EveryPublishedCombinationDescribesAtLeastElevenPeople_ForRandomData()
    {
        Prop.ForAll(People().ToArbitrary(), people =>
            {
                var result = KAnonymiser.Anonymise(people);
                return result.Rows.GroupBy(r => r).All(g => g.Count() >= KAnonymiser.CtdcK)
                    && result.Rows.Count + result.Suppressed == people.Length
                    && result.Notes.Any(n => n.Contains($"{result.Suppressed} of {people.Length} people were left out", StringComparison.Ordinal));
            })
            .QuickCheckThrowOnFailure();
    }

    [Fact]
    public void Anonymise_OnePersonUnlikeAnyOther_IsNotSingledOut()
    {
        var alike = Enumerable.Range(0, 40).Select(i => new OpenDataPerson("Female", 24 + (i % 3), AgeGroup.Adult, "Romania", ["Sexual exploitation"], [], 2025));
        var unique = new OpenDataPerson("Male", 61, AgeGroup.Adult, "Eritrea", ["Forced labour"], ["Withholds documents"], 2024);

        var result = KAnonymiser.Anonymise([.. alike, unique]);

        Assert.DoesNotContain(result.Rows, r => r.Citizenship == "Eritrea" || r.Gender == "Male" || r.YearOfRegistration == 2024);
        Assert.Equal(40, result.Rows.Count);
        Assert.Equal(1, result.Suppressed);
        Assert.All(result.Rows, r => Assert.Equal("24–26", r.AgeBand));
        Assert.Contains("1 of 41 people were left out because fewer than 11 people shared their published details.", result.Notes);
        Assert.All(result.Rows, r => Assert.Equal("Not recorded", r.RecruiterRelation));
    }

    [Fact]
    public void Anonymise_FewerThanElevenPeople_PublishesNoRows()
    {
        var people = Enumerable.Range(0, 10).Select(_ => new OpenDataPerson("Female", 30, AgeGroup.Adult, "Romania", ["Sexual exploitation"], [], 2025)).ToList();

        var result = KAnonymiser.Anonymise(people);

        Assert.Empty(result.Rows);
        Assert.Equal(10, result.Suppressed);
    }

    [Fact]
    public void Anonymise_GeneralisesRareCitizenshipsBeforeLeavingPeopleOut()
    {
        // 12 of each of three citizenships in one age band, plus 12 people of 12 different citizenships: as "Other" they form a group.
        var common = CommonCitizenships.SelectMany(c => Enumerable.Range(0, 12).Select(_ => new OpenDataPerson("Female", 30, AgeGroup.Adult, c, ["Forced labour"], [], 2025)));
        var rare = Enumerable.Range(0, 12).Select(i => new OpenDataPerson("Female", 30, AgeGroup.Adult, $"Country {i}", ["Forced labour"], [], 2025));

        var result = KAnonymiser.Anonymise([.. common, .. rare]);

        Assert.Equal(0, result.Suppressed);
        Assert.Equal(12, result.Rows.Count(r => r.Citizenship == "Other"));
        Assert.Contains(result.Notes, n => n.StartsWith("Citizenships shared by fewer than k people", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData(0, "0–8")]
    [InlineData(9, "9–17")]
    [InlineData(17, "9–17")]
    [InlineData(18, "18–20")]
    [InlineData(29, "27–29")]
    [InlineData(38, "30–38")]
    [InlineData(47, "39–47")]
    [InlineData(48, "48+")]
    public void AgeBand_IsTheCtdcBand(int age, string band) => Assert.Equal(band, KAnonymiser.AgeBand(age, AgeGroup.Adult));
}
