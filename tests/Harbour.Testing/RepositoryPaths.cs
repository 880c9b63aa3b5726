namespace Harbour.Testing;

public static class RepositoryPaths
{
    private static readonly Lazy<string> RootPath = new(() =>
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "Harbour.slnx")))
        {
            directory = directory.Parent;
        }

        return directory?.FullName ?? throw new InvalidOperationException("Could not find Harbour.slnx above " + AppContext.BaseDirectory);
    });

    public static string Root => RootPath.Value;

    public static string ReferenceData => Path.Combine(Root, "reference-data");

    /// <summary>The Open Referral UK 3.0 schemas, kept with the other standards beside the repository (../shared/standards).</summary>
    public static string OpenReferralSchemas
    {
        get
        {
            var path = Path.GetFullPath(Path.Combine(Root, "..", "shared", "standards", "oruk-3.0", "schema"));
            return Directory.Exists(path) ? path : throw new DirectoryNotFoundException($"The Open Referral UK schemas are missing: expected them at {path}.");
        }
    }

    /// <summary>Where tests leave files a person may want to look at (screenshots); ignored by git.</summary>
    public static string TestOutput
    {
        get
        {
            var path = Path.Combine(Root, "TestResults", "output");
            Directory.CreateDirectory(path);
            return path;
        }
    }
}
