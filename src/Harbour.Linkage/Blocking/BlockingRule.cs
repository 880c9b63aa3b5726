using Harbour.Linkage.Data;

namespace Harbour.Linkage.Blocking;

/// <summary>
/// A blocking rule: records with the same non-zero key become candidate pairs. Keys are built from interned value
/// ids; keys of three parts are hashed, which can only put a few extra pairs in a block, never lose one.
/// </summary>
public sealed class BlockingRule
{
    private readonly Func<RecordTable, int, ulong> _key;

    public BlockingRule(string name, IReadOnlyList<FieldRole> roles, Func<RecordTable, int, ulong> key)
    {
        Name = name;
        Roles = roles;
        _key = key;

        // Pairs that share only a place or a family name are mostly relatives and housemates: different people.
        // Training m on them would teach the model that matches often disagree on given name and date of birth,
        // so only rules on something personal (given name, date of birth, phone, email, reference number) train.
        TrainsModel = roles.Any(role => role is FieldRole.GivenName or FieldRole.DateOfBirth or FieldRole.Phone or FieldRole.Email or FieldRole.Identifier);
    }

    /// <summary>Whether EM trains on this rule's pairs (see the constructor for why place-only rules do not).</summary>
    public bool TrainsModel { get; }

    public string Name { get; }

    /// <summary>The fields the rule looks at; EM leaves their m alone when training on this rule's pairs.</summary>
    public IReadOnlyList<FieldRole> Roles { get; }

    /// <summary>The block key of one record, or 0 when the record has no key under this rule.</summary>
    public ulong KeyOf(RecordTable table, int record) => _key(table, record);

    /// <summary>The default rules for whichever fields a table has.</summary>
    public static IReadOnlyList<BlockingRule> DefaultsFor(RecordTable table)
    {
        ArgumentNullException.ThrowIfNull(table);
        var rules = new List<BlockingRule>();
        bool given = table.Has(FieldRole.GivenName);
        bool family = table.Has(FieldRole.FamilyName);
        bool dob = table.Has(FieldRole.DateOfBirth);
        bool postcode = table.Has(FieldRole.Postcode);

        void Add(string name, FieldRole[] roles, Func<RecordTable, int, ulong> key)
        {
            if (roles.All(table.Has))
            {
                rules.Add(new BlockingRule(name, roles, key));
            }
        }

        // Rules on something nearly unique to a person first.
        Add("phone", [FieldRole.Phone], (t, r) => Id(t, FieldRole.Phone, r));
        Add("email", [FieldRole.Email], (t, r) => Id(t, FieldRole.Email, r));
        Add("email user name", [FieldRole.Email], (t, r) => EmailUser(t, r));
        Add("identifier", [FieldRole.Identifier], (t, r) => Id(t, FieldRole.Identifier, r));

        // Names: exact in either order (swaps), then narrowed by birth year where common names make blocks large.
        Add("given and family names, either order", [FieldRole.GivenName, FieldRole.FamilyName], (t, r) => NamePair(t, r));
        Add("given and family names, either order + birth year", [FieldRole.GivenName, FieldRole.FamilyName, FieldRole.DateOfBirth], (t, r) =>
            Combine(NamePair(t, r) * 0x9E3779B97F4A7C15UL >> 24, BirthYear(t, r)));
        Add("family name sounds alike + birth year + given initial", [FieldRole.FamilyName, FieldRole.DateOfBirth, FieldRole.GivenName], (t, r) =>
            Combine(Combine(SoundsLike(t, FieldRole.FamilyName, r), BirthYear(t, r)) * 0x9E3779B97F4A7C15UL >> 24, Initial(t, FieldRole.GivenName, r)));
        Add("given name sounds alike + date of birth", [FieldRole.GivenName, FieldRole.DateOfBirth], (t, r) =>
            Combine(SoundsLike(t, FieldRole.GivenName, r), Id(t, FieldRole.DateOfBirth, r)));

        // Date of birth with one more weak key, for records whose names are badly spelt or missing.
        Add("date of birth + postcode", [FieldRole.DateOfBirth, FieldRole.Postcode], (t, r) =>
            Combine(Id(t, FieldRole.DateOfBirth, r), Id(t, FieldRole.Postcode, r)));
        Add("date of birth + family initial", [FieldRole.DateOfBirth, FieldRole.FamilyName], (t, r) =>
            Combine(Id(t, FieldRole.DateOfBirth, r), Initial(t, FieldRole.FamilyName, r)));
        Add("date of birth + given initial", [FieldRole.DateOfBirth, FieldRole.GivenName], (t, r) =>
            Combine(Id(t, FieldRole.DateOfBirth, r), Initial(t, FieldRole.GivenName, r)));
        Add("date of birth + town initial", [FieldRole.DateOfBirth, FieldRole.Town], (t, r) =>
            Combine(Id(t, FieldRole.DateOfBirth, r), TextInitial(t, FieldRole.Town, r)));

        // Places.
        if (postcode && (given || family))
        {
            FieldRole nameRole = given ? FieldRole.GivenName : FieldRole.FamilyName;
            Add("postcode + name initial", [FieldRole.Postcode, nameRole], (t, r) =>
                Combine(Id(t, FieldRole.Postcode, r), Initial(t, nameRole, r)));
        }

        Add("address", [FieldRole.Address], (t, r) => Id(t, FieldRole.Address, r));
        if (!dob && family && given)
        {
            Add("family name sounds alike + given initial", [FieldRole.FamilyName, FieldRole.GivenName], (t, r) =>
                Combine(SoundsLike(t, FieldRole.FamilyName, r), Initial(t, FieldRole.GivenName, r)));
            Add("given and family names sound alike", [FieldRole.GivenName, FieldRole.FamilyName], (t, r) =>
                Combine(SoundsLike(t, FieldRole.GivenName, r), SoundsLike(t, FieldRole.FamilyName, r)));
        }

        return rules;
    }

    private static ulong Combine(ulong high, ulong low) => high == 0 || low == 0 ? 0 : (high << 32) | low;

    /// <summary>The two name ids, smaller first, so swapped names share a key.</summary>
    private static ulong NamePair(RecordTable table, int record)
    {
        ulong g = Id(table, FieldRole.GivenName, record);
        ulong f = Id(table, FieldRole.FamilyName, record);
        return g == 0 || f == 0 ? 0 : (Math.Min(g, f) << 32) | Math.Max(g, f);
    }

    /// <summary>The value id plus one, so a missing value (id -1) gives 0, "no key".</summary>
    private static ulong Id(RecordTable table, FieldRole role, int record) => (ulong)(table.Column(role)!.Ids[record] + 1);

    private static ulong SoundsLike(RecordTable table, FieldRole role, int record)
    {
        Column column = table.Column(role)!;
        int id = column.Ids[record];
        return id < 0 ? 0 : (ulong)(column.Pool.SoundsLikeIds[id] + 1);
    }

    private static ulong Initial(RecordTable table, FieldRole role, int record)
    {
        Column column = table.Column(role)!;
        int id = column.Ids[record];
        return id < 0 ? 0 : (ulong)column.Pool.Features[id].Initial;
    }

    private static ulong TextInitial(RecordTable table, FieldRole role, int record)
    {
        Column column = table.Column(role)!;
        int id = column.Ids[record];
        return id < 0 ? 0 : (ulong)column.Pool.Values[id].Text[0];
    }

    private static ulong EmailUser(RecordTable table, int record)
    {
        Column column = table.Column(FieldRole.Email)!;
        int id = column.Ids[record];
        return id < 0 ? 0 : (ulong)(uint)ValueInfo.StableHash(column.Pool.Values[id].Secondary) | (1UL << 40);
    }

    private static ulong BirthYear(RecordTable table, int record)
    {
        Column column = table.Column(FieldRole.DateOfBirth)!;
        int id = column.Ids[record];
        return id < 0 ? 0 : (ulong)column.Pool.Values[id].Date.Year;
    }
}
