namespace Harbour.Bench;

/// <summary>The repository a benchmark runs from, found by walking up to Harbour.slnx (linked into every bench project).</summary>
internal static class RepositoryRoot
{
    public static string Find()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "Harbour.slnx")))
        {
            directory = directory.Parent;
        }

        return directory?.FullName ?? throw new DirectoryNotFoundException("Run from inside the Harbour repository: Harbour.slnx was not found above " + AppContext.BaseDirectory);
    }
}
