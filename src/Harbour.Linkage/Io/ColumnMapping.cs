using System.Text.Json;
using System.Text.Json.Serialization;

namespace Harbour.Linkage.Io;

/// <summary>Which CSV columns hold the record id and each field. Several columns may feed one field (joined by spaces).</summary>
public sealed record ColumnMapping(string? IdColumn, IReadOnlyDictionary<FieldRole, IReadOnlyList<string>> Fields)
{
    private static readonly (FieldRole Role, string[] Names)[] KnownHeaders =
    [
        (FieldRole.GivenName, ["given_name", "first_name", "forename", "firstname", "givenname"]),
        (FieldRole.FamilyName, ["family_name", "surname", "last_name", "lastname", "familyname"]),
        (FieldRole.DateOfBirth, ["dob", "date_of_birth", "birth_date", "dateofbirth"]),
        (FieldRole.Gender, ["gender", "sex"]),
        (FieldRole.Postcode, ["postcode", "post_code", "zip", "zipcode", "zip_code"]),
        (FieldRole.Phone, ["phone", "telephone", "phone_number", "mobile", "tel"]),
        (FieldRole.Email, ["email", "email_address", "e_mail"]),
        (FieldRole.Address, ["street_number", "house_number", "address", "address_1", "address1", "address_2", "address2", "street"]),
        (FieldRole.Town, ["city", "town", "suburb"]),
        (FieldRole.Nationality, ["nationality", "country", "country_of_birth"]),
        (FieldRole.Identifier, ["soc_sec_id", "ni_number", "national_insurance_number", "nhs_number"]),
    ];

    private static readonly string[] IdHeaders = ["id", "record_id", "unique_id", "rec_id"];

    /// <summary>
    /// Infers roles from header names, ignoring case, spaces and punctuation ("Date of birth" is date_of_birth).
    /// Columns with other names are ignored.
    /// </summary>
    public static ColumnMapping Infer(IReadOnlyList<string> headers)
    {
        ArgumentNullException.ThrowIfNull(headers);
        string? id = headers.FirstOrDefault(h => IdHeaders.Contains(Canonical(h), StringComparer.Ordinal));
        var fields = new Dictionary<FieldRole, IReadOnlyList<string>>();
        foreach ((FieldRole role, string[] names) in KnownHeaders)
        {
            // Keep the order of the known names (house number before street), not the file's order.
            List<string> matched = [.. names.SelectMany(name => headers.Where(h => Canonical(h) == name))];
            if (matched.Count > 0)
            {
                fields[role] = matched;
            }
        }

        return new ColumnMapping(id, fields);
    }

    internal static string Canonical(string header) =>
        string.Join('_', header.Trim().ToLowerInvariant().Split([' ', '-', '_', '.'], StringSplitOptions.RemoveEmptyEntries));
}

/// <summary>
/// The optional settings file of <c>harbour link --settings</c>:
/// <code>{ "id": "rec_id", "fields": { "GivenName": ["given_name"], "Address": ["street_number", "address_1"] }, "threshold": 0.9 }</code>
/// </summary>
public sealed record LinkageSettings
{
    private static readonly JsonSerializerOptions JsonOptions = new()
    {
        PropertyNameCaseInsensitive = true,
        ReadCommentHandling = JsonCommentHandling.Skip,
        AllowTrailingCommas = true,
        Converters = { new JsonStringEnumConverter() },
    };

    public string? Id { get; init; }

    public Dictionary<FieldRole, string[]>? Fields { get; init; }

    public double? Threshold { get; init; }

    public int? MaxBlockSize { get; init; }

    public double? ClusterCohesion { get; init; }

    public static LinkageSettings Load(string path)
    {
        string json = File.ReadAllText(path);
        try
        {
            return JsonSerializer.Deserialize<LinkageSettings>(json, JsonOptions)
                ?? throw new LinkageInputException($"{path}: the settings file is empty.");
        }
        catch (JsonException exception)
        {
            throw new LinkageInputException($"{path}: line {exception.LineNumber + 1}: {exception.Message}", exception);
        }
    }

    public ColumnMapping ToMapping(IReadOnlyList<string> headers)
    {
        ArgumentNullException.ThrowIfNull(headers);
        if (Fields is null)
        {
            ColumnMapping inferred = ColumnMapping.Infer(headers);
            return Id is null ? inferred : inferred with { IdColumn = Id };
        }

        return new ColumnMapping(Id, Fields.ToDictionary(pair => pair.Key, pair => (IReadOnlyList<string>)pair.Value));
    }

    public LinkageOptions Apply(LinkageOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        return options with
        {
            MatchThreshold = Threshold ?? options.MatchThreshold,
            MaxBlockSize = MaxBlockSize ?? options.MaxBlockSize,
            ClusterCohesion = ClusterCohesion ?? options.ClusterCohesion,
        };
    }
}
