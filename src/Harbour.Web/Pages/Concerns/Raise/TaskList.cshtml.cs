using Harbour.Core.Concerns;

namespace Harbour.Web.Pages.Concerns.Raise;

public sealed record ConcernTask(string Name, string Href, bool Completed, bool Applies = true, bool Optional = false);

/// <summary>The task list of a draft: each part of the concern, whether it has been answered, and check and submit.</summary>
public sealed class TaskListModel(ConcernService concerns) : ConcernQuestionModel(concerns)
{
    public IReadOnlyList<ConcernTask> Tasks { get; private set; } = [];

    public bool ReadyToSubmit => Tasks.Where(t => t.Applies && !t.Optional).All(t => t.Completed);

    protected override void Load(Concern draft)
    {
        var prefix = $"/concerns/{draft.Id}";
        Tasks =
        [
            new("Type of concern", $"{prefix}/type", draft.IsModernSlavery || draft.IsPrevent),
            new("Immediate danger", $"{prefix}/danger", draft.ImmediateDanger is not null),
            new("Where the person is", $"{prefix}/area", draft.AreaId is not null),
            new("About the person", $"{prefix}/person", draft.Person.AgeGroup is not null),
            new("Contact details and language", $"{prefix}/person-contact", draft.Person.Nationality is not null || draft.Person.InterpreterNeeded is not null),
            new("Exploitation and signs", $"{prefix}/exploitation", draft.ExploitationTypeCodes.Count > 0, draft.IsModernSlavery),
            new("Prevent concern and signs", $"{prefix}/prevent", draft.PreventConcernType is not null, draft.IsPrevent),
            new("What happened", $"{prefix}/what-happened", draft.WhatHappened is not null),
            new("Other people involved", $"{prefix}/other-people", draft.OtherPeopleKnown is not null),
            new("Consent", $"{prefix}/consent", draft.Consent is not null, draft.Person.AgeGroup is not AgeGroup.Child),
            new("Attachments", $"{prefix}/attachments", draft.Attachments.Count > 0, Optional: true),
        ];
    }

    public void OnGet()
    {
    }
}
