using Harbour.Core.SupportDirectory;
using YamlDotNet.Core;
using YamlDotNet.Serialization;
using YamlDotNet.Serialization.NamingConventions;

namespace Harbour.Core.ReferenceData;

/// <summary>The shape of the YAML files in <c>reference-data/</c>. Every item carries a stable <c>code</c>.</summary>
public sealed class ReferenceDataFiles
{
    public const string PartnershipFile = "partnership.yaml";
    public const string OrganisationsFile = "organisations.yaml";
    public const string ExploitationTypesFile = "exploitation-types.yaml";
    public const string IndicatorsFile = "modern-slavery-indicators.yaml";
    public const string RadicalisationSignsFile = "radicalisation-signs.yaml";
    public const string SupportContactsFile = "support-contacts.yaml";
    public const string SupportDirectoryFileName = "support-directory.yaml";
    public const string ResourcesFile = "resources.yaml";

    public required PartnershipFileModel Partnership { get; init; }

    public required List<OrganisationItem> Organisations { get; init; }

    public required List<ExploitationTypeItem> ExploitationTypes { get; init; }

    public required List<IndicatorGroupItem> IndicatorGroups { get; init; }

    public required List<CodedTextItem> RadicalisationSigns { get; init; }

    public required List<SupportContactItem> SupportContacts { get; init; }

    public required SupportDirectoryFile SupportDirectory { get; init; }

    public required List<ResourceItem> Resources { get; init; }

    private static readonly IDeserializer Deserializer = new DeserializerBuilder()
        .WithNamingConvention(CamelCaseNamingConvention.Instance)
        .Build();

    /// <summary>Reads and validates every file, so a mistake in one file stops the load before anything is written.</summary>
    public static ReferenceDataFiles Read(string directory)
    {
        if (!Directory.Exists(directory))
        {
            throw new ReferenceDataException($"The reference data folder '{directory}' does not exist.");
        }

        var files = new ReferenceDataFiles
        {
            Partnership = ReadFile<PartnershipFileModel>(directory, PartnershipFile),
            Organisations = ReadFile<OrganisationsFileModel>(directory, OrganisationsFile).Organisations ?? [],
            ExploitationTypes = ReadFile<ExploitationTypesFileModel>(directory, ExploitationTypesFile).ExploitationTypes ?? [],
            IndicatorGroups = ReadFile<IndicatorsFileModel>(directory, IndicatorsFile).IndicatorGroups ?? [],
            RadicalisationSigns = ReadFile<RadicalisationSignsFileModel>(directory, RadicalisationSignsFile).Signs ?? [],
            SupportContacts = ReadFile<SupportContactsFileModel>(directory, SupportContactsFile).SupportContacts ?? [],
            SupportDirectory = ReadFile<SupportDirectoryFile>(directory, SupportDirectoryFileName),
            Resources = ReadFile<ResourcesFileModel>(directory, ResourcesFile).Resources ?? [],
        };
        if (files.Partnership.Governance?.TermsOfReference is { } terms)
        {
            var path = Path.Combine(directory, terms.File);
            terms.Text = File.Exists(path)
                ? File.ReadAllText(path)
                : throw new ReferenceDataException($"{PartnershipFile}: governance.termsOfReference.file '{terms.File}' does not exist.");
        }

        files.Validate();
        return files;
    }

    private static T ReadFile<T>(string directory, string name)
        where T : class
    {
        var path = Path.Combine(directory, name);
        if (!File.Exists(path))
        {
            throw new ReferenceDataException($"The reference data file '{name}' is missing from '{directory}'.");
        }

        try
        {
            using var reader = File.OpenText(path);
            return Deserializer.Deserialize<T?>(reader)
                ?? throw new ReferenceDataException($"The reference data file '{name}' is empty.");
        }
        catch (YamlException ex)
        {
            throw new ReferenceDataException($"{name}, line {ex.Start.Line}: {ex.InnerException?.Message ?? ex.Message}", ex);
        }
    }

    private void Validate()
    {
        Require(Partnership.Partnership?.Code, PartnershipFile, "partnership.code");
        Require(Partnership.Partnership?.Name, PartnershipFile, "partnership.name");
        Require(Partnership.Partnership?.Vision, PartnershipFile, "partnership.vision");
        RequireCodes(Partnership.Areas, PartnershipFile, "areas", a => a.Code, a => a.Name);
        RequireCodes(Partnership.Objectives, PartnershipFile, "objectives", o => o.Code, o => o.Title);
        RequireCodes(Partnership.FourP, PartnershipFile, "fourP", p => p.Code, p => p.Name);
        var organisationCodes = Organisations.Select(o => o.Code).ToHashSet(StringComparer.Ordinal);
        foreach (var member in Partnership.Governance?.Members ?? [])
        {
            if (!organisationCodes.Contains(member.Organisation))
            {
                throw new ReferenceDataException($"{PartnershipFile}: governance member '{member.Organisation}' is not in {OrganisationsFile}.");
            }
        }
        RequireCodes(Organisations, OrganisationsFile, "organisations", o => o.Code, o => o.Name);
        RequireCodes(ExploitationTypes, ExploitationTypesFile, "exploitationTypes", e => e.Code, e => e.Name);
        RequireCodes(IndicatorGroups, IndicatorsFile, "indicatorGroups", g => g.Code, g => g.Name);
        RequireCodes(IndicatorGroups.SelectMany(g => g.Indicators ?? []).ToList(), IndicatorsFile, "indicators", i => i.Code, i => i.Text);
        RequireCodes(RadicalisationSigns, RadicalisationSignsFile, "signs", s => s.Code, s => s.Text);
        RequireCodes(SupportContacts, SupportContactsFile, "supportContacts", s => s.Code, s => s.Name);

        var areaCodes = (Partnership.Areas ?? []).Select(a => a.Code).ToHashSet(StringComparer.Ordinal);
        foreach (var organisation in Organisations)
        {
            foreach (var area in organisation.Areas ?? [])
            {
                if (!areaCodes.Contains(area))
                {
                    throw new ReferenceDataException(
                        $"{OrganisationsFile}: organisation '{organisation.Code}' names area '{area}', which is not in {PartnershipFile}.");
                }
            }
        }

        ValidateDirectory();
        RequireCodes(Resources, ResourcesFile, "resources", r => r.Code, r => r.Title);
        foreach (var resource in Resources)
        {
            if (!Uri.TryCreate(resource.Url, UriKind.Absolute, out var url) || url.Scheme != Uri.UriSchemeHttps)
            {
                throw new ReferenceDataException($"{ResourcesFile}: '{resource.Code}' needs an https url.");
            }

            if (resource.Audience is not ("public" or "professionals") || resource.ReviewDue == default)
            {
                throw new ReferenceDataException($"{ResourcesFile}: '{resource.Code}' needs an audience (public or professionals) and a reviewDue date.");
            }
        }
    }

    private void ValidateDirectory()
    {
        const string file = SupportDirectoryFileName;
        var directory = SupportDirectory;
        RequireCodes(directory.Taxonomies, file, "taxonomies", t => t.Code, t => t.Name);
        var terms = (directory.Taxonomies ?? []).SelectMany(t => t.Terms ?? []).ToList();
        RequireCodes(terms, file, "terms", t => t.Code, t => t.Name);
        RequireCodes(directory.Organisations, file, "organisations", o => o.Code, o => o.Name);
        RequireCodes(directory.Services, file, "services", s => s.Code, s => s.Name);
        var termCodes = terms.Select(t => t.Code).ToHashSet(StringComparer.Ordinal);
        var organisationCodes = (directory.Organisations ?? []).Select(o => o.Code).ToHashSet(StringComparer.Ordinal);
        var harbourOrganisations = Organisations.Select(o => o.Code).ToHashSet(StringComparer.Ordinal);
        var areaCodes = (Partnership.Areas ?? []).Select(a => a.Code).ToHashSet(StringComparer.Ordinal);
        foreach (var term in terms.Where(t => t.Parent is not null && !termCodes.Contains(t.Parent)))
        {
            throw new ReferenceDataException($"{file}: term '{term.Code}' has parent '{term.Parent}', which is not a term.");
        }

        foreach (var organisation in (directory.Organisations ?? []).Where(o => o.HarbourOrganisation is not null && !harbourOrganisations.Contains(o.HarbourOrganisation)))
        {
            throw new ReferenceDataException($"{file}: organisation '{organisation.Code}' names Harbour organisation '{organisation.HarbourOrganisation}', which is not in {OrganisationsFile}.");
        }

        foreach (var service in directory.Services ?? [])
        {
            string Problem(string text) => $"{file}: service '{service.Code}' {text}.";
            if (!organisationCodes.Contains(service.Organisation))
            {
                throw new ReferenceDataException(Problem($"names organisation '{service.Organisation}', which is not in the file"));
            }

            if (DirectoryText.ParseStatus(service.Status) is null)
            {
                throw new ReferenceDataException(Problem($"has status '{service.Status}': use active, inactive, defunct or temporarily closed"));
            }

            if (service.Gender is not null && DirectoryText.ParseGender(service.Gender) is null)
            {
                throw new ReferenceDataException(Problem($"has gender '{service.Gender}': use female or male, or leave it out"));
            }

            if (service.MinimumAge is < 0 or > 120 || service.MaximumAge is < 0 or > 120 || service.MinimumAge > service.MaximumAge)
            {
                throw new ReferenceDataException(Problem("has ages outside 0 to 120, or a minimum above the maximum"));
            }

            if (service.LastChecked == default)
            {
                throw new ReferenceDataException(Problem("has no lastChecked date"));
            }

            if (!service.National && (service.Areas ?? []).Count == 0)
            {
                throw new ReferenceDataException(Problem("is neither national nor in any area"));
            }

            foreach (var area in (service.Areas ?? []).Where(a => !areaCodes.Contains(a)))
            {
                throw new ReferenceDataException(Problem($"names area '{area}', which is not in {PartnershipFile}"));
            }

            foreach (var need in (service.Needs ?? []).Where(n => !termCodes.Contains(n)))
            {
                throw new ReferenceDataException(Problem($"names need '{need}', which is not a taxonomy term"));
            }
        }
    }

    private static void Require(string? value, string file, string field)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            throw new ReferenceDataException($"{file}: '{field}' is required.");
        }
    }

    private static void RequireCodes<T>(List<T>? items, string file, string list, Func<T, string?> code, Func<T, string?> label)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (item, index) in (items ?? []).Select((item, index) => (item, index)))
        {
            var itemCode = code(item);
            if (string.IsNullOrWhiteSpace(itemCode))
            {
                throw new ReferenceDataException($"{file}: item {index + 1} of '{list}' has no code.");
            }

            if (string.IsNullOrWhiteSpace(label(item)))
            {
                throw new ReferenceDataException($"{file}: '{itemCode}' in '{list}' has no name or text.");
            }

            if (!seen.Add(itemCode))
            {
                throw new ReferenceDataException($"{file}: the code '{itemCode}' appears twice in '{list}'.");
            }
        }
    }
}

public sealed class ReferenceDataException : Exception
{
    public ReferenceDataException(string message)
        : base(message)
    {
    }

    public ReferenceDataException(string message, Exception inner)
        : base(message, inner)
    {
    }

    public ReferenceDataException()
    {
    }
}

#pragma warning disable CA1002 // YAML models are plain data bags.
public sealed class PartnershipFileModel
{
    public PartnershipItem? Partnership { get; set; }

    public List<AreaItem>? Areas { get; set; }

    public List<ObjectiveItem>? Objectives { get; set; }

    public List<FourPItem>? FourP { get; set; }

    /// <summary>Where governance starts on a new deployment; after that the coordinator keeps it in Harbour.</summary>
    public GovernanceItem? Governance { get; set; }
}

public sealed class GovernanceItem
{
    public StrategyItem? Strategy { get; set; }

    public TermsOfReferenceItem? TermsOfReference { get; set; }

    public List<MemberItem>? Members { get; set; }
}

public sealed class StrategyItem
{
    public string Title { get; set; } = "";

    public DateOnly StartsOn { get; set; }

    public DateOnly EndsOn { get; set; }

    public DateOnly ReviewDueOn { get; set; }
}

public sealed class TermsOfReferenceItem
{
    /// <summary>A Markdown file in the reference data folder.</summary>
    public string File { get; set; } = "";

    public DateOnly AgreedOn { get; set; }

    public DateOnly ReviewDueOn { get; set; }

    /// <summary>Filled in when the files are read.</summary>
    [YamlDotNet.Serialization.YamlIgnore]
    public string Text { get; set; } = "";
}

public sealed class MemberItem
{
    public string Organisation { get; set; } = "";

    public DateOnly JoinedOn { get; set; }

    public DateOnly ReviewDueOn { get; set; }
}

public sealed class PartnershipItem
{
    public string Code { get; set; } = "";

    public string Name { get; set; } = "";

    public string ShortName { get; set; } = "";

    public string Vision { get; set; } = "";

    public string? ChairedBy { get; set; }

    public string? GovernedBy { get; set; }
}

public sealed class ResourcesFileModel
{
    public List<ResourceItem>? Resources { get; set; }
}

public sealed class ResourceItem
{
    public string Code { get; set; } = "";

    public string Title { get; set; } = "";

    public string Summary { get; set; } = "";

    public string Owner { get; set; } = "";

    public string? Version { get; set; }

    public DateOnly ReviewDue { get; set; }

    public string Audience { get; set; } = "public";

    public string Url { get; set; } = "";
}

public sealed class AreaItem
{
    public string Code { get; set; } = "";

    public string Name { get; set; } = "";

    public List<string>? PostcodeDistricts { get; set; }
}

public sealed class ObjectiveItem
{
    public string Code { get; set; } = "";

    public int Number { get; set; }

    public string Title { get; set; } = "";

    public string Description { get; set; } = "";
}

public sealed class FourPItem
{
    public string Code { get; set; } = "";

    public string Name { get; set; } = "";

    public string Description { get; set; } = "";
}

public sealed class OrganisationsFileModel
{
    public List<OrganisationItem>? Organisations { get; set; }
}

public sealed class OrganisationItem
{
    public string Code { get; set; } = "";

    public string Name { get; set; } = "";

    public OrganisationType Type { get; set; }

    public bool FirstResponder { get; set; }

    public List<string>? Areas { get; set; }
}

public sealed class ExploitationTypesFileModel
{
    public List<ExploitationTypeItem>? ExploitationTypes { get; set; }
}

public sealed class ExploitationTypeItem
{
    public string Code { get; set; } = "";

    public string Name { get; set; } = "";

    public ExploitationCategory Category { get; set; }

    public string Description { get; set; } = "";
}

public sealed class IndicatorsFileModel
{
    public List<IndicatorGroupItem>? IndicatorGroups { get; set; }
}

public sealed class IndicatorGroupItem
{
    public string Code { get; set; } = "";

    public string Name { get; set; } = "";

    public string Description { get; set; } = "";

    public List<CodedTextItem>? Indicators { get; set; }
}

public sealed class CodedTextItem
{
    public string Code { get; set; } = "";

    public string Text { get; set; } = "";
}

public sealed class RadicalisationSignsFileModel
{
    public List<CodedTextItem>? Signs { get; set; }
}

public sealed class SupportContactsFileModel
{
    public List<SupportContactItem>? SupportContacts { get; set; }
}

public sealed class SupportContactItem
{
    public string Code { get; set; } = "";

    public string Name { get; set; } = "";

    public string Description { get; set; } = "";

    public SupportContactKind Kind { get; set; }

    public string? Phone { get; set; }

    public string? Website { get; set; }

    public string? Coverage { get; set; }
}
#pragma warning restore CA1002
