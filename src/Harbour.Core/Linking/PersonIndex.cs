using System.Reflection;
using Harbour.Core.Data;
using Harbour.Linkage;
using Harbour.Linkage.Data;
using Harbour.Linkage.Model;
using Microsoft.EntityFrameworkCore;

namespace Harbour.Core.Linking;

/// <summary>
/// The linkage engine's in-memory index of every person mentioned in a concern, shared by the whole web instance so
/// a new concern is scored against all of them in milliseconds. Each instance keeps its own: before use it loads
/// whatever other instances (or the batch re-run) have added since, so every instance matches against the same
/// people. A deployment with fewer than <see cref="LinkingOptions.TrainFrom"/> people scores with the model trained on
/// generated referrals (reference-data/linkage-model.json); a larger one trains on its own people, with its analysts'
/// decisions as labels.
/// </summary>
public sealed class PersonIndex(LinkingOptions options) : IDisposable
{
    /// <summary>The fields a concern records about a person, in the order the model was trained with.</summary>
    public static readonly FieldRole[] Fields =
    [
        FieldRole.GivenName, FieldRole.FamilyName, FieldRole.DateOfBirth, FieldRole.Gender,
        FieldRole.Postcode, FieldRole.Phone, FieldRole.Address, FieldRole.Nationality,
    ];

    private static readonly Lazy<LinkageModel> DefaultModel = new(() =>
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream("Harbour.LinkageModel.json")
            ?? throw new InvalidOperationException("The default linkage model is not embedded.");
        using var reader = new StreamReader(stream);
        return LinkageModelFile.Deserialise(reader.ReadToEnd());
    });

    private readonly SemaphoreSlim _loading = new(1, 1);
    private LinkageIndex? _index;
    private DateTime _loadedUpTo = DateTime.MinValue;

    /// <summary>The model in use; null until first loaded.</summary>
    public LinkageModel? Model => _index?.Model;

    public int Count => _index?.Table.Count ?? 0;

    /// <summary>Brings the index up to date with the database: everything on first use, then only mentions added since.</summary>
    public async Task<LinkageIndex> CurrentAsync(HarbourDbContext db, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        await _loading.WaitAsync(cancellationToken);
        try
        {
            if (_index is null)
            {
                var everyone = await PersonMentions(db, DateTime.MinValue).ToListAsync(cancellationToken);
                var trainOwn = everyone.Count >= options.TrainFrom;
                var index = LinkageIndex.Build([.. everyone.Select(m => RecordOf(m.Id, m.Person))], Options(trainOwn), Fields);
                if (trainOwn)
                {
                    // Analysts' decisions are labels: they refine the model trained without them.
                    var decisions = await db.PersonMatches.AsNoTracking()
                        .Where(m => m.Status == MatchStatus.Same || m.Status == MatchStatus.NotSame)
                        .Select(m => new { m.MentionId, m.OtherMentionId, Same = m.Status == MatchStatus.Same })
                        .ToListAsync(cancellationToken);
                    foreach (var decision in decisions)
                    {
                        index.AddClericalDecision(decision.MentionId.ToString(), decision.OtherMentionId.ToString(), decision.Same);
                    }

                    index.Train();
                }
                else
                {
                    index.UseModel(DefaultModel.Value);
                }

                _index = index;
                _loadedUpTo = everyone.Count == 0 ? DateTime.MinValue : everyone.Max(m => m.CreatedAt);
                return index;
            }

            // Mentions written since the last look (by this instance or another). Ties on the timestamp are
            // re-read and skipped by id.
            var since = _loadedUpTo;
            var added = await PersonMentions(db, since).ToListAsync(cancellationToken);
            foreach (var mention in added.Where(m => !_index.Contains(m.Id.ToString())))
            {
                _index.Add(RecordOf(mention.Id, mention.Person));
                _loadedUpTo = mention.CreatedAt > _loadedUpTo ? mention.CreatedAt : _loadedUpTo;
            }

            return _index;
        }
        finally
        {
            _loading.Release();
        }
    }

    /// <summary>Adds a mention just saved by this instance, so the next concern is matched against it at once.</summary>
    public void Add(Guid mentionId, MentionedPerson person, DateTime createdAt)
    {
        ArgumentNullException.ThrowIfNull(person);
        _loading.Wait();
        try
        {
            if (_index is null || _index.Contains(mentionId.ToString()))
            {
                return;
            }

            _index.Add(RecordOf(mentionId, person));
            _loadedUpTo = createdAt > _loadedUpTo ? createdAt : _loadedUpTo;
        }
        finally
        {
            _loading.Release();
        }
    }

    public void Dispose() => _loading.Dispose();

    /// <summary>Drops the index so the next use rebuilds (and, if large enough, retrains) it from the database.</summary>
    public void Reset() => _index = null;

    /// <summary>
    /// Term-frequency adjustment (a match on a rare name counts for more) needs the frequencies of a population: with
    /// the default model and a deployment's first few hundred people, every name looks common and the adjustment
    /// would cancel true matches, so it is used only once the deployment trains on its own people.
    /// </summary>
    private LinkageOptions Options(bool trainOwn) => new() { MatchThreshold = options.AutoLinkProbability, UseTermFrequencies = trainOwn };

    public static PersonRecord RecordOf(Guid mentionId, MentionedPerson? person) => new(mentionId.ToString())
    {
        GivenName = person?.GivenName,
        FamilyName = person?.FamilyName,
        DateOfBirth = person?.DateOfBirth,
        Gender = person?.Gender,
        Postcode = person?.Postcode,
        Phone = person?.Phone,
        Address = person?.Address,
        Nationality = person?.Nationality,
    };

    private static IQueryable<MentionRow> PersonMentions(HarbourDbContext db, DateTime since) =>
        db.EntityMentions.AsNoTracking()
            .Where(m => m.Kind == EntityKind.Person && m.CreatedAt >= since)
            .OrderBy(m => m.CreatedAt)
            .Select(m => new MentionRow(m.Id, m.Person, m.CreatedAt));

    private sealed record MentionRow(Guid Id, MentionedPerson? Person, DateTime CreatedAt);
}
