using Harbour.Core.Access;
using Harbour.Core.Auditing;
using Harbour.Core.Concerns;
using Harbour.Core.Data;
using Microsoft.EntityFrameworkCore;

namespace Harbour.Core.Governance;

public sealed record MeetingEdit(DateOnly? HeldOn, string? Location, string? Chair);

/// <summary>
/// Meetings of the partnership (quarterly, chaired by the OPCC) and of the Pursue group: a date, chair and
/// place; an agenda proposed from the objectives and the actions due an update; attendance; papers; minutes
/// and decisions; and the actions agreed, which enter the action plan.
/// </summary>
public sealed class MeetingService(HarbourDbContext db, TimeProvider time, AuditLog audit, AttachmentStore store)
{
    public async Task<IReadOnlyList<Meeting>> ListAsync(PartnershipGroup group, UserScope user, CancellationToken cancellationToken = default)
    {
        await GovernanceAccess.EnsureCanRunAsync(db, group, user, cancellationToken);
        return await db.Meetings.AsNoTracking().Where(m => m.Group == group).OrderByDescending(m => m.HeldOn).ToListAsync(cancellationToken);
    }

    /// <summary>The meeting and the actions it agreed; a meeting of a group the user cannot run is not found (or forbidden, for the partnership's).</summary>
    public async Task<(Meeting Meeting, IReadOnlyList<PlanAction> ActionsAgreed)> GetAsync(Guid id, UserScope user, CancellationToken cancellationToken = default)
    {
        var meeting = await db.Meetings.AsNoTracking().SingleOrDefaultAsync(m => m.Id == id, cancellationToken) ?? throw new KeyNotFoundException($"No meeting {id}.");
        await GovernanceAccess.EnsureCanRunAsync(db, meeting.Group, user, cancellationToken);
        var actions = await db.PlanActions.AsNoTracking().Where(a => a.AgreedAtMeetingId == id).OrderBy(a => a.Number).ToListAsync(cancellationToken);
        return (meeting, actions);
    }

    public async Task<Meeting> ScheduleAsync(PartnershipGroup group, MeetingEdit edit, UserScope user, AuditActor actor, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(edit);
        await GovernanceAccess.EnsureCanRunAsync(db, group, user, cancellationToken);
        Validate(edit);
        var meeting = new Meeting
        {
            Id = Guid.NewGuid(), Group = group, HeldOn = edit.HeldOn!.Value, Location = ConcernRules.Clean(edit.Location)!, Chair = ConcernRules.Clean(edit.Chair)!,
            CreatedAt = Now, UpdatedAt = Now,
        };
        meeting.Agenda = await ProposedAgendaAsync(group, meeting.HeldOn, cancellationToken);
        db.Meetings.Add(meeting);
        audit.Record(actor, "meeting.scheduled", nameof(Meeting), meeting.Id.ToString(), after: new { meeting.Group, meeting.HeldOn, meeting.Location, meeting.Chair, meeting.Agenda });
        await db.SaveChangesAsync(cancellationToken);
        return meeting;
    }

    /// <summary>
    /// The standing agenda: apologies and the last minutes, then each strategic objective with its actions due
    /// an update (open, and not updated in the meeting's quarter), then any other business.
    /// </summary>
    public async Task<List<string>> ProposedAgendaAsync(PartnershipGroup group, DateOnly heldOn, CancellationToken cancellationToken = default)
    {
        var quarter = CalendarQuarter.Of(heldOn);
        var objectives = await db.StrategicObjectives.AsNoTracking().Where(o => o.IsActive).OrderBy(o => o.Number).ToListAsync(cancellationToken);
        var actions = await db.PlanActions.AsNoTracking().Include(a => a.Updates).AsSplitQuery()
            .Where(a => a.Group == group && a.State == ActionState.Open).OrderBy(a => a.Number).ToListAsync(cancellationToken);
        var agenda = new List<string> { "Welcome, introductions and apologies", "Minutes and actions of the last meeting" };
        foreach (var objective in objectives)
        {
            var due = actions.Where(a => a.ObjectiveId == objective.Id && !a.Updates.Any(u => u.Quarter == quarter)).ToList();
            agenda.Add(due.Count == 0
                ? $"Objective {objective.Number}: {objective.Title}"
                : $"Objective {objective.Number}: {objective.Title} – updates due on {string.Join(", ", due.Select(a => $"action {a.Number} ({a.Title})"))}");
        }

        agenda.Add("Any other business");
        agenda.Add("Date of the next meeting");
        return agenda;
    }

    public Task SaveAgendaAsync(Guid id, string? agenda, UserScope user, AuditActor actor, CancellationToken cancellationToken = default) =>
        ChangeAsync(id, user, actor, "meeting.agenda-changed", meeting =>
        {
            var items = Lines(agenda);
            if (items.Count == 0)
            {
                throw new ValidationFailedException("Agenda", "Enter the agenda, one item on each line");
            }

            meeting.Agenda = items;
        }, cancellationToken);

    /// <summary>Attendance as typed: one person a line, "name, organisation".</summary>
    public Task RecordAttendanceAsync(Guid id, string? present, string? apologies, UserScope user, AuditActor actor, CancellationToken cancellationToken = default) =>
        ChangeAsync(id, user, actor, "meeting.attendance-recorded", meeting =>
        {
            var errors = new Dictionary<string, string>(StringComparer.Ordinal);
            var attendees = People(present, Attendance.Present, "Present", errors).Concat(People(apologies, Attendance.Apologies, "Apologies", errors)).ToList();
            if (!attendees.Any(a => a.Attendance == Attendance.Present) && !errors.ContainsKey("Present"))
            {
                errors["Present"] = "Enter who was present, one person on each line";
            }

            ConcernRules.ThrowIfAny(errors);
            meeting.Attendees = attendees;
        }, cancellationToken);

    public Task RecordMinutesAsync(Guid id, string? minutes, string? decisions, UserScope user, AuditActor actor, CancellationToken cancellationToken = default) =>
        ChangeAsync(id, user, actor, "meeting.minutes-recorded", meeting =>
        {
            var errors = new Dictionary<string, string>(StringComparer.Ordinal);
            ConcernRules.CheckText(errors, "Minutes", minutes, "Enter the minutes", "Minutes", 50_000);
            ConcernRules.ThrowIfAny(errors);
            meeting.Minutes = ConcernRules.Clean(minutes);
            meeting.Decisions = Lines(decisions);
        }, cancellationToken);

    public async Task<Attachment> AddPaperAsync(Guid id, Upload upload, UserScope user, AuditActor actor, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(user);
        Attachment? paper = null;
        await ChangeAsync(id, user, actor, "meeting.paper-added", async meeting =>
        {
            paper = await store.SaveAsync(upload, user.UserId, Now, cancellationToken);
            meeting.Papers.Add(paper);
        }, cancellationToken);
        return paper!;
    }

    public async Task<(Attachment Paper, Stream Content)> OpenPaperAsync(Guid id, Guid paperId, UserScope user, AuditActor actor, CancellationToken cancellationToken = default)
    {
        var (meeting, _) = await GetAsync(id, user, cancellationToken);
        var paper = meeting.Papers.SingleOrDefault(p => p.Id == paperId) ?? throw new KeyNotFoundException($"No paper {paperId}.");
        audit.Record(actor, "meeting.paper-read", nameof(Meeting), meeting.Id.ToString(), after: new { paper.Id, paper.FileName });
        await db.SaveChangesAsync(cancellationToken);
        return (paper, store.Open(paper.StorageName));
    }

    private Task ChangeAsync(Guid id, UserScope user, AuditActor actor, string action, Action<Meeting> change, CancellationToken cancellationToken) =>
        ChangeAsync(id, user, actor, action, meeting =>
        {
            change(meeting);
            return Task.CompletedTask;
        }, cancellationToken);

    private async Task ChangeAsync(Guid id, UserScope user, AuditActor actor, string action, Func<Meeting, Task> change, CancellationToken cancellationToken)
    {
        var meeting = await db.Meetings.SingleOrDefaultAsync(m => m.Id == id, cancellationToken) ?? throw new KeyNotFoundException($"No meeting {id}.");
        await GovernanceAccess.EnsureCanRunAsync(db, meeting.Group, user, cancellationToken);
        var before = Snapshot(meeting);
        await change(meeting);
        meeting.UpdatedAt = Now;
        audit.Record(actor, action, nameof(Meeting), meeting.Id.ToString(), before: before, after: Snapshot(meeting));
        await db.SaveChangesAsync(cancellationToken);
    }

    private static void Validate(MeetingEdit edit)
    {
        var errors = new Dictionary<string, string>(StringComparer.Ordinal);
        ConcernRules.Require(errors, "HeldOn", edit.HeldOn, "Enter the date of the meeting");
        ConcernRules.CheckText(errors, "Location", edit.Location, "Enter where the meeting is held", "Location", 200);
        ConcernRules.CheckText(errors, "Chair", edit.Chair, "Enter who chairs the meeting", "Chair", 200);
        ConcernRules.ThrowIfAny(errors);
    }

    private static IEnumerable<MeetingAttendee> People(string? lines, Attendance attendance, string field, Dictionary<string, string> errors)
    {
        foreach (var line in Lines(lines))
        {
            var comma = line.IndexOf(',', StringComparison.Ordinal);
            if (comma <= 0 || comma == line.Length - 1)
            {
                errors[field] = $"Enter each person as their name, a comma, then their organisation, like Jane Smith, Hampshire Constabulary (check \"{line}\")";
                yield break;
            }

            yield return new MeetingAttendee { Name = line[..comma].Trim(), Organisation = line[(comma + 1)..].Trim(), Attendance = attendance };
        }
    }

    private static List<string> Lines(string? text) =>
        [.. (text ?? "").Split('\n').Select(l => l.Trim().TrimStart('-', '*', '•').Trim()).Where(l => l.Length > 0).Select(l => l.Length > 1_000 ? l[..1_000] : l)];

    private static object Snapshot(Meeting m) => new
    {
        m.HeldOn, m.Location, m.Chair, Agenda = m.Agenda.ToList(), Attendees = m.Attendees.Select(a => new { a.Name, a.Organisation, a.Attendance }).ToList(), m.Minutes,
        Decisions = m.Decisions.ToList(), Papers = m.Papers.Select(p => p.FileName).ToList(),
    };

    private DateTime Now => time.GetUtcNow().UtcDateTime;
}
