using Harbour.Linkage.Data;

namespace Harbour.Linkage.Tests;

internal static class TestData
{
    public static string RepositoryRoot()
    {
        string? directory = AppContext.BaseDirectory;
        while (directory is not null && !File.Exists(Path.Combine(directory, "Harbour.slnx")))
        {
            directory = Path.GetDirectoryName(directory);
        }

        return directory ?? throw new InvalidOperationException("Harbour.slnx not found above " + AppContext.BaseDirectory);
    }

    public static string LinkageData(params string[] parts) =>
        Path.GetFullPath(Path.Combine([RepositoryRoot(), "..", "shared", "data", "linkage", .. parts]));

    public static PersonRecord Person(string id, string? given, string? family, string? dob = null, string? postcode = null) =>
        new(id) { GivenName = given, FamilyName = family, DateOfBirth = dob, Postcode = postcode };
}
