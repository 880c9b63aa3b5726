using Harbour.Core.Access;
using Harbour.Core.Accounts;
using Harbour.Core.Auditing;
using Harbour.Core.Cases;
using Harbour.Core.Concerns;
using Harbour.Core.Data;
using Harbour.Linkage;
using Harbour.Linkage.Blocking;
using Harbour.Linkage.Model;
using Microsoft.EntityFrameworkCore;

namespace Harbour.Core.Linking;

/// <summary>What a linking run did: concerns and people added to cases linked, mentions recorded, pairs linked and queued.</summary>
public sealed record LinkingRun(int Concerns, int CasePeople, int Mentions, int AutomaticLinks, int ForReview)
{
    public static LinkingRun None { get; } = new(0, 0, 0, 0, 0);

    public bool LinkedAnything => Concerns + CasePeople > 0;

    public LinkingRun Add(LinkingRun other) =>
        new(Concerns + other.Concerns, CasePeople + other.CasePeople, Mentions + other.Mentions, AutomaticLinks + other.AutomaticLinks, ForReview + other.ForReview);
}

public sealed record RelinkRun(int People, int CandidatePairs, int AutomaticLinks, int ForReview, int DecisionsKept, int Entities);

/// <summary>A possible match waiting for an analyst, as the review queue lists it.</summary>
public sealed record ReviewItem(Guid MatchId, string Name, string OtherName, string Organisation, string OtherOrganisation, double Probability, DateTime FoundAt);

public sealed record MentionView(Guid MentionId, Guid EntityId, string Value, MentionedPerson? Person, string Organisation, string? ConcernReference, DateTime SeenAt, MentionRole Role);

/// <summary>One pair with both mentions and the engine's explanation of its score, for the analyst to decide.</summary>
public sealed record MatchReview(PersonMatch Match, MentionView Mention, MentionView Other, bool SameEntity);

/// <summary>An organisation that may already know the person a concern is about, and how to reach its safeguarding leads.</summary>
public sealed record KnownElsewhere(Guid OrganisationId, string Organisation, bool IsYours, IReadOnlyList<string> ContactEmails);

/// <summary>
/// Turns concerns into linked entities and resolves people across agencies with the linkage engine: pairs at or above
/// the upper threshold are linked at once; pairs between the thresholds wait for a police analyst, whose decision is
/// kept, audited, reversible and respected by every later run. Only modern slavery concerns are linked: Prevent
/// records are open to Prevent roles alone.
/// </summary>
public sealed class LinkingService(HarbourDbContext db, TimeProvider time, AuditLog audit, PersonIndex people, LinkingOptions options)
{
    private DateTime Now => time.GetUtcNow().UtcDateTime;

    /// <summary>
    /// Links the submitted concerns not linked yet, oldest first, then the people added to their cases since: the
    /// incremental path new records take.
    /// </summary>
    public async Task<LinkingRun> LinkPendingAsync(int max = 500, CancellationToken cancellationToken = default)
    {
        var pending = await db.Concerns.AsNoTracking()
            .Where(c => c.Status != ConcernStatus.Draft && c.IsModernSlavery && c.SubmittedAt != null)
            .Where(c => !db.LinkedConcerns.Any(l => l.ConcernId == c.Id))
            .OrderBy(c => c.SubmittedAt)
            .Take(max)
            .ToListAsync(cancellationToken);
        var run = LinkingRun.None;
        foreach (var concern in pending)
        {
            run = run.Add(await LinkConcernAsync(concern, cancellationToken));
        }

        // People added to modern slavery cases after triage, once their case's own concern is linked.
        var casePeople = await (
                from person in db.CasePeople.AsNoTracking()
                where !db.LinkedCasePeople.Any(l => l.CasePersonId == person.Id)
                join @case in db.Cases.AsNoTracking() on person.CaseId equals @case.Id
                where @case.IsModernSlavery && @case.ConcernId != null && db.LinkedConcerns.Any(l => l.ConcernId == @case.ConcernId)
                select new { Person = person, Case = @case })
            .Take(max)
            .ToListAsync(cancellationToken);
        foreach (var item in casePeople)
        {
            run = run.Add(await LinkCasePersonAsync(item.Person, item.Case, cancellationToken));
        }

        return run;
    }

    /// <summary>Records one concern's entities, matching each person against everyone already known.</summary>
    public Task<LinkingRun> LinkConcernAsync(Concern concern, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(concern);
        return LinkAsync(
            // The agency that reported it (the triage organisation for a public report).
            new MentionSource(concern.Id, concern.RaisedByOrganisationId ?? concern.OwnerOrganisationId, concern.AreaId, concern.SubmittedAt ?? concern.CreatedAt),
            EntityExtraction.From(concern),
            db.LinkedConcerns.Where(l => l.ConcernId == concern.Id),
            now => db.LinkedConcerns.Add(new LinkedConcern { ConcernId = concern.Id, LinkedAt = now }),
            ("linking.concern-linked", nameof(Concern), concern.Id),
            LinkingRun.None with { Concerns = 1 },
            cancellationToken);
    }

    /// <summary>
    /// Records the entities of a person added to a case after triage (a suspected exploiter, another person at
    /// risk), under the case's concern and the organisation that owns the case.
    /// </summary>
    public async Task<LinkingRun> LinkCasePersonAsync(CasePerson person, Case @case, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(person);
        ArgumentNullException.ThrowIfNull(@case);
        var concernId = @case.ConcernId ?? throw new InvalidOperationException($"Case {@case.Reference} has no concern to link its people under.");
        // Opening a case copies the concern's people onto it; those were linked with the concern.
        var copiedFromConcern = await db.EntityMentions.AnyAsync(
            m => m.ConcernId == concernId && m.Kind == EntityKind.Person && m.Value == person.Details.DisplayName, cancellationToken);
        return await LinkAsync(
            new MentionSource(concernId, @case.OwnerOrganisationId, @case.AreaId, Now),
            copiedFromConcern ? [] : EntityExtraction.From(person),
            db.LinkedCasePeople.Where(l => l.CasePersonId == person.Id),
            now => db.LinkedCasePeople.Add(new LinkedCasePerson { CasePersonId = person.Id, LinkedAt = now }),
            ("linking.case-person-linked", nameof(Case), @case.Id),
            LinkingRun.None with { CasePeople = 1 },
            cancellationToken);
    }

    private sealed record MentionSource(Guid ConcernId, Guid OrganisationId, Guid? AreaId, DateTime SeenAt);

    private async Task<LinkingRun> LinkAsync<TCheckpoint>(
        MentionSource source,
        IReadOnlyList<ExtractedMention> extractedMentions,
        IQueryable<TCheckpoint> checkpoint,
        Action<DateTime> markLinked,
        (string Action, string EntityType, Guid EntityId) audited,
        LinkingRun linkedOne,
        CancellationToken cancellationToken)
    {
        var index = await people.CurrentAsync(db, cancellationToken);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        if (await checkpoint.AnyAsync(cancellationToken))
        {
            return LinkingRun.None;
        }

        var now = Now;
        var added = new List<EntityMention>();
        int automatic = 0, review = 0;
        foreach (var extracted in extractedMentions)
        {
            var mention = new EntityMention
            {
                Id = Guid.NewGuid(),
                Kind = extracted.Kind,
                ConcernId = source.ConcernId,
                OrganisationId = source.OrganisationId,
                AreaId = source.AreaId,
                Role = extracted.Role,
                SeenAt = source.SeenAt,
                Value = extracted.Value,
                Person = extracted.Person,
                CreatedAt = now,
            };
            if (extracted.Kind == EntityKind.Person)
            {
                var (entityId, links, reviews) = await ResolvePersonAsync(index, mention, now, cancellationToken);
                mention.EntityId = entityId;
                automatic += links;
                review += reviews;
            }
            else
            {
                mention.EntityId = await EntityForKeyAsync(extracted, now, cancellationToken);
            }

            db.EntityMentions.Add(mention);
            added.Add(mention);
        }

        markLinked(now);
        audit.Record(AuditActor.System, audited.Action, audited.EntityType, audited.EntityId.ToString(),
            after: new { Mentions = added.Count, People = added.Count(m => m.Kind == EntityKind.Person), AutomaticLinks = automatic, ForReview = review });
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        foreach (var mention in added.Where(m => m.Kind == EntityKind.Person))
        {
            people.Add(mention.Id, mention.Person!, mention.CreatedAt);
        }

        return linkedOne with { Mentions = added.Count, AutomaticLinks = automatic, ForReview = review };
    }

    private async Task<(Guid EntityId, int Links, int Reviews)> ResolvePersonAsync(LinkageIndex index, EntityMention mention, DateTime now, CancellationToken cancellationToken)
    {
        var record = PersonIndex.RecordOf(mention.Id, mention.Person);
        var candidates = index.Match(record, options.ReviewProbability);
        var candidateIds = candidates.Select(c => Guid.Parse(c.RecordId)).ToList();
        var entityOf = await db.EntityMentions.AsNoTracking()
            .Where(m => candidateIds.Contains(m.Id))
            .ToDictionaryAsync(m => m.Id, m => m.EntityId, cancellationToken);
        var scored = candidates
            .Where(c => entityOf.ContainsKey(Guid.Parse(c.RecordId)))
            .Select(c =>
            {
                var explanation = index.Explain(record, c.RecordId);
                return (Candidate: c, Explanation: explanation, Status: StatusFor(c.Probability, explanation),
                    MentionId: Guid.Parse(c.RecordId), EntityId: entityOf[Guid.Parse(c.RecordId)]);
            })
            .Where(s => s.Status is not null)
            .ToList();

        var best = scored.FirstOrDefault(s => s.Status == MatchStatus.LinkedAutomatically);
        Guid entityId;
        if (best.Candidate is not null)
        {
            entityId = best.EntityId;
        }
        else
        {
            var entity = new LinkedEntity { Id = Guid.NewGuid(), Kind = EntityKind.Person, Label = mention.Value, CreatedAt = now };
            db.LinkedEntities.Add(entity);
            entityId = entity.Id;
        }

        // One pair per other entity: the strongest. Pairs into the chosen entity are its links; pairs into
        // any other entity are for an analyst, even when strong, because joining them would merge two people.
        int links = 0, reviews = 0;
        foreach (var group in scored.GroupBy(s => s.EntityId))
        {
            var top = group.First();
            var linked = group.Key == entityId && top.Status == MatchStatus.LinkedAutomatically;
            db.PersonMatches.Add(NewMatch(mention.Id, top.MentionId, top.Candidate.Probability, top.Explanation,
                linked ? MatchStatus.LinkedAutomatically : MatchStatus.AwaitingReview, now));
            links += linked ? 1 : 0;
            reviews += linked ? 0 : 1;
        }

        return (entityId, links, reviews);
    }

    /// <summary>
    /// What a scored pair becomes. Different people often share a phone or an address (housemates, or the phone of
    /// the person controlling them), so a pair whose names disagree is never linked automatically, however much else
    /// agrees: it goes to an analyst only when everything else makes it very likely (an alias is possible).
    /// </summary>
    private MatchStatus? StatusFor(double probability, PairExplanation explanation)
    {
        if (NamesDisagree(explanation.Fields.Select(f => (FieldName(f.Field), f.Weight))))
        {
            return probability >= options.AutoLinkProbability ? MatchStatus.AwaitingReview : null;
        }

        return probability >= options.AutoLinkProbability ? MatchStatus.LinkedAutomatically
            : probability >= options.ReviewProbability ? MatchStatus.AwaitingReview
            : null;
    }

    /// <summary>Whether the names' evidence, given and family together, is against a match.</summary>
    private static bool NamesDisagree(IEnumerable<(string Field, double Weight)> fields)
    {
        return fields.Where(f => f.Field == FieldName(FieldRole.GivenName) || f.Field == FieldName(FieldRole.FamilyName)).Sum(f => f.Weight) < 0;
    }

    private static PersonMatch NewMatch(Guid mentionId, Guid otherMentionId, double probability, PairExplanation explanation, MatchStatus status, DateTime now) => new()
    {
        Id = Guid.NewGuid(),
        MentionId = mentionId,
        OtherMentionId = otherMentionId,
        Probability = probability,
        MatchWeight = explanation.MatchWeight,
        PriorWeight = explanation.PriorWeight,
        Explanation = [.. explanation.Fields.Select(f => new MatchFieldWeight { Field = FieldName(f.Field), Level = f.Level, Weight = Math.Round(f.Weight, 2) })],
        Status = status,
        CreatedAt = now,
    };

    private async Task<Guid> EntityForKeyAsync(ExtractedMention extracted, DateTime now, CancellationToken cancellationToken)
    {
        var entity = db.LinkedEntities.Local.FirstOrDefault(e => e.Kind == extracted.Kind && e.Key == extracted.Key)
            ?? await db.LinkedEntities.FirstOrDefaultAsync(e => e.Kind == extracted.Kind && e.Key == extracted.Key, cancellationToken);
        if (entity is null)
        {
            entity = new LinkedEntity { Id = Guid.NewGuid(), Kind = extracted.Kind, Key = extracted.Key, Label = extracted.Value, CreatedAt = now };
            db.LinkedEntities.Add(entity);
        }

        return entity.Id;
    }

    /// <summary>Possible matches waiting for an analyst whose two people are still separate entities, strongest first.</summary>
    public async Task<IReadOnlyList<ReviewItem>> ReviewQueueAsync(UserScope user, CancellationToken cancellationToken = default)
    {
        EnsureAnalyst(user);
        var rows = await (
                from match in db.PersonMatches.AsNoTracking()
                where match.Status == MatchStatus.AwaitingReview
                join a in db.EntityMentions.AsNoTracking() on match.MentionId equals a.Id
                join b in db.EntityMentions.AsNoTracking() on match.OtherMentionId equals b.Id
                where a.EntityId != b.EntityId
                join oa in db.Organisations.AsNoTracking() on a.OrganisationId equals oa.Id
                join ob in db.Organisations.AsNoTracking() on b.OrganisationId equals ob.Id
                orderby match.Probability descending, match.CreatedAt
                select new ReviewItem(match.Id, a.Value, b.Value, oa.Name, ob.Name, match.Probability, match.CreatedAt))
            .ToListAsync(cancellationToken);
        return rows;
    }

    /// <summary>
    /// One pair for review, with both people as each agency recorded them. The view is audited; a form posted back
    /// (whose decision is audited itself) passes <paramref name="recordView"/> false.
    /// </summary>
    public async Task<MatchReview> GetMatchAsync(Guid matchId, UserScope user, AuditActor actor, bool recordView = true, CancellationToken cancellationToken = default)
    {
        EnsureAnalyst(user);
        var match = await db.PersonMatches.AsNoTracking().SingleOrDefaultAsync(m => m.Id == matchId, cancellationToken)
            ?? throw new KeyNotFoundException($"No possible match {matchId}.");
        var mention = await MentionViewAsync(match.MentionId, cancellationToken);
        var other = await MentionViewAsync(match.OtherMentionId, cancellationToken);
        if (recordView)
        {
            audit.Record(actor, "linking.match-viewed", nameof(PersonMatch), matchId.ToString(),
                after: new { match.MentionId, match.OtherMentionId, mention.ConcernReference, OtherConcernReference = other.ConcernReference });
            await db.SaveChangesAsync(cancellationToken);
        }

        return new MatchReview(match, mention, other, mention.EntityId == other.EntityId);
    }

    private async Task<MentionView> MentionViewAsync(Guid mentionId, CancellationToken cancellationToken) =>
        await (
                from m in db.EntityMentions.AsNoTracking()
                where m.Id == mentionId
                join o in db.Organisations.AsNoTracking() on m.OrganisationId equals o.Id into organisations
                from o in organisations.DefaultIfEmpty()
                join c in db.Concerns.AsNoTracking() on m.ConcernId equals c.Id
                select new MentionView(m.Id, m.EntityId, m.Value, m.Person, o == null ? "Not known" : o.Name, c.Reference, m.SeenAt, m.Role))
            .SingleAsync(cancellationToken);

    /// <summary>
    /// An analyst's decision on a pair: the same person (their entities become one) or not (they are kept apart,
    /// now and by every later run). The reason is required and the decision audited with before and after.
    /// </summary>
    public async Task DecideAsync(Guid matchId, bool same, string? reason, UserScope user, AuditActor actor, CancellationToken cancellationToken = default)
    {
        EnsureAnalyst(user);
        var cleaned = ReasonGiven(reason, "Enter why you decided this");
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var match = await db.PersonMatches.SingleOrDefaultAsync(m => m.Id == matchId, cancellationToken)
            ?? throw new KeyNotFoundException($"No possible match {matchId}.");
        var before = new { match.Status, match.DecisionReason };
        match.Status = same ? MatchStatus.Same : MatchStatus.NotSame;
        match.DecidedByUserId = user.UserId;
        match.DecidedAt = Now;
        match.DecisionReason = cleaned;
        await db.SaveChangesAsync(cancellationToken);
        var entities = await EntitiesOfAsync([match.MentionId, match.OtherMentionId], cancellationToken);
        await RegroupAsync(entities, cancellationToken);
        audit.Record(actor, same ? "linking.match-confirmed" : "linking.match-rejected", nameof(PersonMatch), matchId.ToString(), cleaned,
            before: before, after: new { match.Status, match.DecisionReason });
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
    }

    /// <summary>Takes a decision back: the pair waits for review again and the people are regrouped without it.</summary>
    public async Task UndoDecisionAsync(Guid matchId, string? reason, UserScope user, AuditActor actor, CancellationToken cancellationToken = default)
    {
        EnsureAnalyst(user);
        var cleaned = ReasonGiven(reason, "Enter why you are taking the decision back");
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var match = await db.PersonMatches.SingleOrDefaultAsync(m => m.Id == matchId && (m.Status == MatchStatus.Same || m.Status == MatchStatus.NotSame), cancellationToken)
            ?? throw new KeyNotFoundException($"No decided match {matchId}.");
        var before = new { match.Status, match.DecisionReason, match.DecidedByUserId };
        // Back to what the engine made of it: linked only if it would be linked now.
        var namesDisagree = NamesDisagree(match.Explanation.Select(f => (f.Field, f.Weight)));
        match.Status = match.Probability >= options.AutoLinkProbability && !namesDisagree ? MatchStatus.LinkedAutomatically : MatchStatus.AwaitingReview;
        match.DecidedByUserId = null;
        match.DecidedAt = null;
        match.DecisionReason = null;
        await db.SaveChangesAsync(cancellationToken);
        var entities = await EntitiesOfAsync([match.MentionId, match.OtherMentionId], cancellationToken);
        await RegroupAsync(entities, cancellationToken);
        audit.Record(actor, "linking.decision-undone", nameof(PersonMatch), matchId.ToString(), cleaned, before: before, after: new { match.Status });
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
    }

    /// <summary>
    /// Scores every person against every other again (the batch path: after retraining, or a change of thresholds).
    /// Decided pairs keep their decisions; undecided pairs take their new score; people are regrouped from the result.
    /// </summary>
    public async Task<RelinkRun> RelinkPeopleAsync(AuditActor actor, CancellationToken cancellationToken = default)
    {
        people.Reset();
        var index = await people.CurrentAsync(db, cancellationToken);
        var (pairs, probabilities) = index.ScoreCandidates();
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var now = Now;
        var existing = await db.PersonMatches.ToListAsync(cancellationToken);
        var byPair = existing.GroupBy(m => PairKey(m.MentionId, m.OtherMentionId)).ToDictionary(g => g.Key, g => g.ToList());
        var seen = new HashSet<(Guid, Guid)>();
        int automatic = 0, review = 0;
        for (int k = 0; k < pairs.Length; k++)
        {
            if (probabilities[k] < options.ReviewProbability)
            {
                continue;
            }

            var a = Guid.Parse(index.Table.GetId(CandidatePairs.First(pairs[k])));
            var b = Guid.Parse(index.Table.GetId(CandidatePairs.Second(pairs[k])));
            var explanation = index.Explain(a.ToString(), b.ToString());
            if (StatusFor(probabilities[k], explanation) is not { } status)
            {
                continue;
            }

            var key = PairKey(a, b);
            seen.Add(key);
            automatic += status == MatchStatus.LinkedAutomatically ? 1 : 0;
            review += status == MatchStatus.AwaitingReview ? 1 : 0;
            if (byPair.TryGetValue(key, out var matches))
            {
                foreach (var match in matches.Where(m => m.Status is MatchStatus.LinkedAutomatically or MatchStatus.AwaitingReview))
                {
                    match.Status = status;
                    match.Probability = probabilities[k];
                }

                continue;
            }

            db.PersonMatches.Add(NewMatch(b, a, probabilities[k], explanation, status, now));
        }

        // Undecided pairs the engine no longer finds (or scores below review) are dropped; decisions stay.
        var dropped = existing.Where(m => m.Status is MatchStatus.LinkedAutomatically or MatchStatus.AwaitingReview && !seen.Contains(PairKey(m.MentionId, m.OtherMentionId))).ToList();
        db.PersonMatches.RemoveRange(dropped);
        await db.SaveChangesAsync(cancellationToken);

        var entities = await db.LinkedEntities.Where(e => e.Kind == EntityKind.Person).Select(e => e.Id).ToListAsync(cancellationToken);
        await RegroupAsync(entities, cancellationToken);
        var decisions = existing.Count(m => m.Status is MatchStatus.Same or MatchStatus.NotSame);
        var run = new RelinkRun(index.Table.Count, pairs.Length, automatic, review, decisions,
            await db.LinkedEntities.CountAsync(e => e.Kind == EntityKind.Person, cancellationToken));
        audit.Record(actor, "linking.people-relinked", after: run);
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return run;
    }

    /// <summary>
    /// At intake: which organisations may already know the person this concern is about, with the emails of their
    /// safeguarding leads. Nothing else of their records is returned. The answer is audited, since it says that
    /// another organisation holds a record.
    /// </summary>
    public async Task<IReadOnlyList<KnownElsewhere>> KnownElsewhereAsync(Concern concern, UserScope user, AuditActor actor, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(concern);
        ArgumentNullException.ThrowIfNull(user);
        var person = EntityExtraction.From(concern).First(m => m.Role == MentionRole.PersonAtRisk && m.Kind == EntityKind.Person).Person;
        if (person is null || (person.GivenName is null && person.FamilyName is null))
        {
            return [];
        }

        var index = await people.CurrentAsync(db, cancellationToken);
        var candidates = index.Match(PersonIndex.RecordOf(Guid.NewGuid(), person), options.ReviewProbability);
        var ids = candidates.Select(c => Guid.Parse(c.RecordId)).ToList();
        // Both the agency that reported each matching concern and the one that screened it know the person.
        var holders = await (
                from m in db.EntityMentions.AsNoTracking()
                where ids.Contains(m.Id) && m.ConcernId != concern.Id && m.Role == MentionRole.PersonAtRisk
                join c in db.Concerns.AsNoTracking() on m.ConcernId equals c.Id
                select new { m.OrganisationId, c.TriageOrganisationId })
            .ToListAsync(cancellationToken);
        var organisationIds = holders.Select(h => h.OrganisationId)
            .Concat(holders.Where(h => h.TriageOrganisationId is not null).Select(h => h.TriageOrganisationId!.Value))
            .Distinct()
            .ToList();
        if (organisationIds.Count == 0)
        {
            return [];
        }

        var organisations = await db.Organisations.AsNoTracking().Where(o => organisationIds.Contains(o.Id)).OrderBy(o => o.Name).ToListAsync(cancellationToken);
        var leads = await StaffContacts.EmailsByOrganisationAsync(db, organisationIds, HarbourRoles.SafeguardingLead, cancellationToken);
        var result = organisations
            .Select(o => new KnownElsewhere(o.Id, o.Name, o.Id == user.OrganisationId, leads.GetValueOrDefault(o.Id) ?? []))
            .ToList();

        audit.Record(actor, "linking.known-elsewhere-shown", nameof(Concern), concern.Id.ToString(),
            after: new { Organisations = result.Select(r => r.Organisation).ToList() });
        await db.SaveChangesAsync(cancellationToken);
        return result;
    }

    /// <summary>Police analysts only; everyone else is told nothing exists.</summary>
    public static void EnsureAnalyst(UserScope user)
    {
        if (user?.IsIn(HarbourRoles.PoliceAnalyst) != true)
        {
            throw new KeyNotFoundException("Not found.");
        }
    }

    private static string ReasonGiven(string? reason, string missing)
    {
        var errors = new Dictionary<string, string>(StringComparer.Ordinal);
        ConcernRules.CheckText(errors, "Reason", reason, missing, "The reason", 2000);
        ConcernRules.ThrowIfAny(errors);
        return ConcernRules.Clean(reason)!;
    }

    private async Task<List<Guid>> EntitiesOfAsync(IReadOnlyList<Guid> mentionIds, CancellationToken cancellationToken) =>
        await db.EntityMentions.Where(m => mentionIds.Contains(m.Id)).Select(m => m.EntityId).Distinct().ToListAsync(cancellationToken);

    /// <summary>
    /// Regroups the people of the given entities from their links: analysts' "same" decisions first, then automatic
    /// links from strongest, never joining two groups that hold a pair an analyst said are different. Each existing
    /// entity keeps its id for the group holding its oldest mention, so links and hotspots stay put.
    /// </summary>
    private async Task RegroupAsync(IReadOnlyCollection<Guid> entityIds, CancellationToken cancellationToken)
    {
        var mentions = await db.EntityMentions.Where(m => m.Kind == EntityKind.Person && entityIds.Contains(m.EntityId)).ToListAsync(cancellationToken);
        if (mentions.Count == 0)
        {
            return;
        }

        var mentionIds = mentions.Select(m => m.Id).ToList();
        var matches = await db.PersonMatches.AsNoTracking()
            .Where(m => mentionIds.Contains(m.MentionId) && mentionIds.Contains(m.OtherMentionId))
            .ToListAsync(cancellationToken);
        var groups = PersonGrouping.Group(mentionIds, matches);

        var now = Now;
        var entities = await db.LinkedEntities.Where(e => entityIds.Contains(e.Id)).ToDictionaryAsync(e => e.Id, cancellationToken);
        var assigned = new Dictionary<int, Guid>();
        foreach (var entity in mentions.GroupBy(m => m.EntityId).OrderBy(g => g.Min(m => m.CreatedAt)).ThenBy(g => g.Key))
        {
            var oldest = entity.OrderBy(m => m.CreatedAt).ThenBy(m => m.Id).First();
            var group = groups[oldest.Id];
            assigned.TryAdd(group, entity.Key);
        }

        foreach (var mention in mentions.OrderBy(m => m.CreatedAt).ThenBy(m => m.Id))
        {
            var group = groups[mention.Id];
            if (!assigned.TryGetValue(group, out var entityId))
            {
                var entity = new LinkedEntity { Id = Guid.NewGuid(), Kind = EntityKind.Person, Label = mention.Value, CreatedAt = now };
                db.LinkedEntities.Add(entity);
                assigned[group] = entityId = entity.Id;
            }

            mention.EntityId = entityId;
        }

        foreach (var unused in entities.Values.Where(e => !assigned.ContainsValue(e.Id)))
        {
            db.LinkedEntities.Remove(unused);
        }

        await db.SaveChangesAsync(cancellationToken);
    }

    private static (Guid, Guid) PairKey(Guid a, Guid b) => a.CompareTo(b) < 0 ? (a, b) : (b, a);

    public static string FieldName(FieldRole field) => field switch
    {
        FieldRole.GivenName => "Given name",
        FieldRole.FamilyName => "Family name",
        FieldRole.DateOfBirth => "Date of birth",
        FieldRole.Gender => "Gender",
        FieldRole.Postcode => "Postcode",
        FieldRole.Phone => "Phone",
        FieldRole.Address => "Address",
        FieldRole.Nationality => "Nationality",
        _ => field.ToString(),
    };
}
