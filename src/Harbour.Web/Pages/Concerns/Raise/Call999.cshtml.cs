using Harbour.Core.Concerns;

namespace Harbour.Web.Pages.Concerns.Raise;

public sealed class Call999Model(ConcernService concerns) : ConcernQuestionModel(concerns)
{
    protected override void Load(Concern draft)
    {
    }

    public void OnGet()
    {
    }
}
