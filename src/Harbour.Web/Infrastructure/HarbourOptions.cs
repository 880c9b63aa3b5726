namespace Harbour.Web.Infrastructure;

/// <summary>Deployment settings bound from the <c>Harbour</c> configuration section.</summary>
public sealed class HarbourOptions
{
    public const string SectionName = "Harbour";

    public string ServiceName { get; set; } = "Harbour";

    /// <summary>Where "Exit this page" sends someone: a neutral site that gives nothing away.</summary>
    public string ExitThisPageUrl { get; set; } = "https://www.bbc.co.uk/weather";

    /// <summary>Folder holding the deployment's reference data files; relative paths are under the app's base folder.</summary>
    public string ReferenceDataPath { get; set; } = "reference-data";

    /// <summary>Folder of the eLearning modules (Markdown and YAML); relative paths are under the app's base folder.</summary>
    public string LearningContentPath { get; set; } = "content/elearning";

    /// <summary>Folder for the embedded database and other local files; relative paths are under the content root.</summary>
    public string DataDirectory { get; set; } = "data";

    /// <summary>
    /// Harbour's public address, for links in emails and the setup link, for example https://harbour.example.org.
    /// When unset, links use the address the request (or, at start-up, the server) used.
    /// </summary>
    public string? BaseUrl { get; set; }

    public string ContactEmail { get; set; } = "modern.slavery.partnership@example.org";
}
