using FluentValidation;
using Harbour.Core.Concerns;
using Harbour.Web.Infrastructure;
using Microsoft.AspNetCore.Mvc;

namespace Harbour.Web.Pages.Concerns.Raise;

public sealed class WhatHappenedModel(ConcernService concerns) : ConcernQuestionModel(concerns)
{
    [BindProperty]
    public string? WhatHappened { get; set; }

    protected override void Load(Concern draft) => WhatHappened = draft.WhatHappened;

    public void OnGet()
    {
    }

    public Task<IActionResult> OnPostAsync() => SaveAsync("what-happened", c => c.WhatHappened = Clean(WhatHappened));
}

public sealed class WhatHappenedModelValidator : AbstractValidator<WhatHappenedModel>
{
    public WhatHappenedModelValidator()
    {
        RuleFor(m => m.WhatHappened).Must(v => !string.IsNullOrWhiteSpace(v)).WithMessage("Enter what happened");
        RuleFor(m => m.WhatHappened).SafeText("What happened", ConcernRules.MaximumTextLength);
    }
}
