using Harbour.Linkage.Io;

namespace Harbour.Linkage.Tests;

public class CsvRecordReaderTests
{
    private static CsvInput ReadText(string text) => CsvRecordReader.Read(new StringReader(text));

    [Fact]
    public void Read_QuotedNewlineAndComma_KeepsOneRecordPerRow()
    {
        CsvInput input = ReadText("id,first_name,surname,address\n1,Ana,Pop,\"12 High St,\nFlat 2\"\n2,Ion,Rus,3 Low Rd\n");
        Assert.Equal(2, input.Records.Count);
        Assert.Equal("12 High St,\nFlat 2", input.Records[0].Address);
        Assert.Equal("Ion", input.Records[1].GivenName);
    }

    [Fact]
    public void Read_ByteOrderMarkAndCrlf_ReadsHeaderAndValuesCleanly()
    {
        string path = Path.GetTempFileName();
        File.WriteAllBytes(path, [0xEF, 0xBB, 0xBF, .. "rec_id,given_name,surname\r\nr1,Ana,Pop\r\nr2,Ion,Rus"u8.ToArray()]);
        CsvInput input = CsvRecordReader.Read(path);
        File.Delete(path);

        Assert.Equal("rec_id", input.Headers[0]);
        Assert.Equal("rec_id", input.Mapping.IdColumn);
        Assert.Equal(["r1", "r2"], input.Records.Select(r => r.Id));
        Assert.Equal("Pop", input.Records[0].FamilyName);
        Assert.Equal("Rus", input.Records[1].FamilyName);
    }

    [Fact]
    public void Read_SpacesAfterCommas_AreTrimmed()
    {
        CsvInput input = ReadText("rec_id, given_name, surname, date_of_birth\nrec-1-org, mitchell, green, 19560409\n");
        Assert.Equal("mitchell", input.Records[0].GivenName);
        Assert.Equal("19560409", input.Records[0].DateOfBirth);
        Assert.Equal("rec-1-org", input.Records[0].Id);
    }

    [Fact]
    public void Read_RowWithTooFewFields_NamesTheLine()
    {
        var exception = Assert.Throws<LinkageInputException>(() =>
            ReadText("id,first_name,surname\n1,Ana,\"Pop\nescu\"\n2,Ion\n3,Vlad,Tepes\n"));
        Assert.Contains("line 4", exception.Message, StringComparison.Ordinal);
        Assert.Contains("expected 3 fields", exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_UnclosedQuote_GivesClearError()
    {
        var exception = Assert.Throws<LinkageInputException>(() =>
            ReadText("id,first_name,surname\n1,Ana,Pop\n2,\"Ion,Rus\n3,Vlad,Tepes\n"));
        Assert.Contains("line", exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_DuplicateId_NamesTheLine()
    {
        var exception = Assert.Throws<LinkageInputException>(() => ReadText("id,first_name\n1,Ana\n1,Ion\n"));
        Assert.Contains("line 3", exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Infer_HeaderNames_MapToRoles()
    {
        ColumnMapping mapping = ColumnMapping.Infer(["Unique ID", "Forename", "Last Name", "DOB", "Sex", "ZIP", "Phone", "Email", "Street", "Suburb", "Nationality", "Notes"]);
        Assert.Equal("Unique ID", mapping.IdColumn);
        Assert.Equal(11 - 1, mapping.Fields.Count);
        Assert.Equal(["Street"], mapping.Fields[FieldRole.Address]);
        Assert.DoesNotContain(mapping.Fields.Values, columns => columns.Contains("Notes"));
    }
}
