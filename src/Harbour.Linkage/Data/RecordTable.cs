using System.Collections.Concurrent;
using System.Globalization;
using Harbour.Linkage.Text;

namespace Harbour.Linkage.Data;

/// <summary>Interns normalised values so that equal values share one id and one <see cref="ValueInfo"/>.</summary>
internal sealed class ValuePool(FieldRole role)
{
    private readonly Dictionary<string, int> _index = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int> _soundsLikeIndex = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int> _partIndex = new(StringComparer.Ordinal);
    private ValueFeatures[] _features = new ValueFeatures[1024];
    private string[] _texts = new string[1024];

    public List<ValueInfo> Values { get; } = [];

    /// <summary>The hot path's view of each value, by value id. Re-read after interning: the array is replaced as it grows.</summary>
    public ValueFeatures[] Features => _features;

    /// <summary>Each value's text, without going through its <see cref="ValueInfo"/>.</summary>
    public string[] Texts => _texts;

    /// <summary>The interned Double Metaphone primary key of each value (names only; -1 otherwise), for blocking.</summary>
    public List<int> SoundsLikeIds { get; } = [];

    public int Intern(string text)
    {
        if (_index.TryGetValue(text, out int id))
        {
            return id;
        }

        id = Values.Count;
        var info = new ValueInfo(role, text);
        Values.Add(info);
        _index.Add(text, id);
        int soundsLike = -1;
        int soundsLikeAlternate = -1;
        if (info.SoundsLike.Length > 0)
        {
            soundsLike = SoundsLikeId(info.SoundsLike);
            soundsLikeAlternate = SoundsLikeId(info.SoundsLikeAlternate);
        }

        SoundsLikeIds.Add(soundsLike);
        if (id == _features.Length)
        {
            Array.Resize(ref _features, id * 2);
            Array.Resize(ref _texts, id * 2);
        }

        _texts[id] = text;
        _features[id] = role switch
        {
            FieldRole.GivenName or FieldRole.FamilyName => new ValueFeatures(text, text[0], info.VariantGroup, soundsLike, soundsLikeAlternate),
            FieldRole.Postcode => new ValueFeatures(text, text[0], PartId(info.Secondary), PartId(info.Tertiary), isUkPostcode: info.IsUkPostcode),
            FieldRole.Email => new ValueFeatures(text, text[0], PartId(info.Secondary), -1),
            FieldRole.Address => new ValueFeatures(info.Street, text[0], PartId(info.Secondary), -1),
            _ => new ValueFeatures(text, text[0], -1, -1),
        };
        return id;
    }

    private int SoundsLikeId(string key)
    {
        if (!_soundsLikeIndex.TryGetValue(key, out int id))
        {
            id = _soundsLikeIndex.Count;
            _soundsLikeIndex.Add(key, id);
        }

        return id;
    }

    private int PartId(string? part)
    {
        if (part is null)
        {
            return -1;
        }

        if (!_partIndex.TryGetValue(part, out int partId))
        {
            partId = _partIndex.Count;
            _partIndex.Add(part, partId);
        }

        return partId;
    }

    public int Find(string text) => _index.TryGetValue(text, out int id) ? id : -1;
}

/// <summary>One field of every record as value ids (-1 for missing), with value frequencies for term-frequency adjustment.</summary>
internal sealed class Column(FieldRole role, ValuePool pool)
{
    private int[] _ids = new int[1024];
    private int[] _valueCounts = new int[1024];

    public FieldRole Role { get; } = role;

    public ValuePool Pool { get; } = pool;

    public int NonNullCount { get; private set; }

    /// <summary>Value id per record; valid for indexes below the table's count.</summary>
    public int[] Ids => _ids;

    public int ValueCount(int valueId) => valueId < _valueCounts.Length ? _valueCounts[valueId] : 0;

    public void Set(int record, int valueId, bool countFrequency)
    {
        if (record >= _ids.Length)
        {
            Array.Resize(ref _ids, Math.Max(record + 1, _ids.Length * 2));
        }

        _ids[record] = valueId;
        if (valueId >= 0 && countFrequency)
        {
            if (valueId >= _valueCounts.Length)
            {
                Array.Resize(ref _valueCounts, Math.Max(valueId + 1, _valueCounts.Length * 2));
            }

            _valueCounts[valueId]++;
            NonNullCount++;
        }
    }

    public void Uncount(int valueId)
    {
        _valueCounts[valueId]--;
        NonNullCount--;
    }

    /// <summary>
    /// The share of non-missing values equal to this value: the chance that two random records agree on it.
    /// Values never seen count once so a new rare value is not treated as impossible.
    /// </summary>
    public double TermFrequency(int valueId) =>
        Math.Max(1, ValueCount(valueId)) / (double)Math.Max(1, NonNullCount);
}

/// <summary>
/// Records held column by column, normalised and interned, so comparing a pair reads a few integers and,
/// only when values differ, two short strings. No allocation happens per pair.
/// </summary>
public sealed class RecordTable
{
    private readonly Column?[] _columns = new Column?[Enum.GetValues<FieldRole>().Length];
    private readonly List<string> _ids = [];
    private readonly List<bool> _counted = [];
    private readonly Dictionary<long, int> _namePairCounts = [];
    private int _namePairTotal;
    private int[] _rowKeys = new int[1024];

    // Raw values repeat (the same name, town or date typed the same way by many agencies): normalise each once.
    private readonly ConcurrentDictionary<string, string?>?[] _normalised = new ConcurrentDictionary<string, string?>?[Enum.GetValues<FieldRole>().Length];
    private readonly int[] _normalisedCount = new int[Enum.GetValues<FieldRole>().Length];
    private const int NormalisedCacheLimit = 1 << 20;

    public RecordTable(IEnumerable<FieldRole> roles)
    {
        ArgumentNullException.ThrowIfNull(roles);
        Roles = [.. roles.Distinct().Order()];
        ValuePool? namePool = null;
        foreach (FieldRole role in Roles)
        {
            ValuePool pool = role is FieldRole.GivenName or FieldRole.FamilyName
                ? namePool ??= new ValuePool(FieldRole.GivenName)
                : new ValuePool(role);
            _columns[(int)role] = new Column(role, pool);
            if (role is FieldRole.GivenName or FieldRole.FamilyName or FieldRole.DateOfBirth or FieldRole.Gender or FieldRole.Town or FieldRole.Nationality)
            {
                // Only fields whose raw values repeat a lot are worth a cache; phones and emails rarely repeat.
                _normalised[(int)role] = new ConcurrentDictionary<string, string?>(StringComparer.Ordinal);
            }
        }
    }

    public IReadOnlyList<FieldRole> Roles { get; }

    /// <summary>
    /// Every record's comparison keys side by side (record r's field k at r × Roles.Count + k, fields in Roles
    /// order): value ids, except dates of birth, which are kept as yyyymmdd so that comparing them reads nothing
    /// else; -1 for missing. Comparing a pair touches two short runs of memory instead of one array per field;
    /// the per-field columns remain for frequencies and blocking. Re-read after adding records: the array is
    /// replaced as it grows.
    /// </summary>
    internal int[] RowKeys => _rowKeys;

    public int Count => _ids.Count;

    public string GetId(int record) => _ids[record];

    internal Column? Column(FieldRole role) => _columns[(int)role];

    public bool Has(FieldRole role) => _columns[(int)role] is not null;

    /// <summary>The normalised value of one field of one record, or null when missing.</summary>
    public string? NormalisedValue(int record, FieldRole role)
    {
        Column? column = Column(role);
        if (column is null)
        {
            return null;
        }

        int id = column.Ids[record];
        return id < 0 ? null : column.Pool.Values[id].Text;
    }

    /// <summary>
    /// The share of records with both names whose given and family name (in either order) are these two:
    /// names are not independent (a given name suggests a community and so its family names), so agreement on
    /// both is judged by how common the whole name is.
    /// </summary>
    /// <param name="ownReports">
    /// How many records with a name may be the same person's reports (about one plus the expected number of a
    /// record's duplicates): only repetitions beyond them show that the name is shared by several people.
    /// </param>
    /// <returns>The frequency, or 0 when the name is not seen more often than one person's reports.</returns>
    internal double NamePairFrequency(int givenId, int familyId, double ownReports) =>
        Math.Max(0, _namePairCounts.GetValueOrDefault(NamePairKey(givenId, familyId)) - ownReports) / Math.Max(1, _namePairTotal);

    private static long NamePairKey(int a, int b) => a < b ? ((long)a << 32) | (uint)b : ((long)b << 32) | (uint)a;

    private void CountNamePair(int record, int delta)
    {
        Column? given = Column(FieldRole.GivenName);
        Column? family = Column(FieldRole.FamilyName);
        if (given is null || family is null || given.Ids[record] < 0 || family.Ids[record] < 0)
        {
            return;
        }

        long key = NamePairKey(given.Ids[record], family.Ids[record]);
        _namePairCounts[key] = _namePairCounts.GetValueOrDefault(key) + delta;
        _namePairTotal += delta;
    }

    /// <summary>Adds one record and returns its index.</summary>
    public int Add(PersonRecord record) => Add(record, countFrequencies: true);

    internal int Add(PersonRecord record, bool countFrequencies)
    {
        ArgumentNullException.ThrowIfNull(record);
        string?[] keys = new string?[_columns.Length];
        FillKeys(record, keys);
        return AddNormalised(record.Id, keys, countFrequencies);
    }

    /// <summary>Adds many records, normalising them in parallel.</summary>
    public void AddRange(IReadOnlyList<PersonRecord> records)
    {
        ArgumentNullException.ThrowIfNull(records);
        var keys = new string?[records.Count][];
        Parallel.For(0, records.Count, i =>
        {
            keys[i] = new string?[_columns.Length];
            FillKeys(records[i], keys[i]);
        });
        for (int i = 0; i < records.Count; i++)
        {
            AddNormalised(records[i].Id, keys[i], countFrequencies: true);
        }
    }

    /// <summary>Removes the last record; used to drop a temporary probe record after incremental matching.</summary>
    internal void RemoveLast()
    {
        int last = _ids.Count - 1;
        if (_counted[last])
        {
            CountNamePair(last, -1);
            foreach (Column? column in _columns)
            {
                if (column is not null && column.Ids[last] >= 0)
                {
                    column.Uncount(column.Ids[last]);
                }
            }
        }

        _ids.RemoveAt(last);
        _counted.RemoveAt(last);
    }

    private int AddNormalised(string id, string?[] keys, bool countFrequencies)
    {
        int index = _ids.Count;
        _ids.Add(id);
        _counted.Add(countFrequencies);
        int stride = Roles.Count;
        if ((index + 1) * stride > _rowKeys.Length)
        {
            Array.Resize(ref _rowKeys, Math.Max((index + 1) * stride, _rowKeys.Length * 2));
        }

        for (int k = 0; k < stride; k++)
        {
            FieldRole role = Roles[k];
            Column column = _columns[(int)role]!;
            string? key = keys[(int)role];
            int valueId = key is null ? -1 : column.Pool.Intern(key);
            column.Set(index, valueId, countFrequencies);
            _rowKeys[(index * stride) + k] = role == FieldRole.DateOfBirth && valueId >= 0 ? column.Pool.Values[valueId].Date.Digits : valueId;
        }

        if (countFrequencies)
        {
            CountNamePair(index, +1);
        }

        return index;
    }

    private void FillKeys(PersonRecord record, string?[] keys)
    {
        foreach (FieldRole role in Roles)
        {
            string? raw = record.Get(role);
            if (raw is null)
            {
                continue;
            }

            ConcurrentDictionary<string, string?>? cache = _normalised[(int)role];
            if (cache is null)
            {
                keys[(int)role] = NormaliseForRole(role, raw);
                continue;
            }

            if (!cache.TryGetValue(raw, out string? key))
            {
                key = NormaliseForRole(role, raw);
                // ConcurrentDictionary.Count takes every lock; a separate counter keeps the limit cheap.
                if (Volatile.Read(ref _normalisedCount[(int)role]) < NormalisedCacheLimit && cache.TryAdd(raw, key))
                {
                    Interlocked.Increment(ref _normalisedCount[(int)role]);
                }
            }

            keys[(int)role] = key;
        }
    }



    /// <summary>The interned form of a raw value for a role, or null when it carries no information.</summary>
    public static string? NormaliseForRole(FieldRole role, string? raw)
    {
        string? key = role switch
        {
            FieldRole.GivenName or FieldRole.FamilyName => TextNormaliser.NormaliseName(raw),
            FieldRole.DateOfBirth => DateOfBirth.TryParse(raw, out DateOfBirth date)
                ? string.Create(CultureInfo.InvariantCulture, $"{date.Year:D4}{date.Month:D2}{date.Day:D2}")
                : null,
            FieldRole.Gender => FieldNormalisers.Gender(raw),
            FieldRole.Postcode => Postcode.Parse(raw)?.Full,
            FieldRole.Phone => FieldNormalisers.Phone(raw),
            FieldRole.Email => FieldNormalisers.Email(raw),
            FieldRole.Address => FieldNormalisers.Address(raw),
            FieldRole.Town => TextNormaliser.Normalise(raw),
            FieldRole.Nationality => FieldNormalisers.Nationality(raw),
            FieldRole.Identifier => FieldNormalisers.Identifier(raw),
            _ => throw new ArgumentOutOfRangeException(nameof(role), role, null),
        };
        return string.IsNullOrEmpty(key) ? null : key;
    }
}
