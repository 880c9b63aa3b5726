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
