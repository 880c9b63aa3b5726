namespace Harbour.Core.Documents;

/// <summary>
/// Where the DejaVu Sans font files are: Harbour takes them from npm at build time (as it does GOV.UK Frontend)
/// so that any name can be printed in a PDF. Set once at start-up by the web app and the command line.
/// </summary>
public static class PdfFonts
{
    public static string Folder { get; private set; } = Path.Combine(AppContext.BaseDirectory, "fonts");

    public static void Use(string folder) => Folder = folder;

    public static byte[] Regular => File.ReadAllBytes(Path.Combine(Folder, "DejaVuSans.ttf"));

    public static byte[] Bold => File.ReadAllBytes(Path.Combine(Folder, "DejaVuSans-Bold.ttf"));
}
