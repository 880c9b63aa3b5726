using FluentValidation;
using Harbour.Core.Concerns;

namespace Harbour.Web.Infrastructure;

public static class TextRules
{
    /// <summary>Free text must fit and hold no control characters; markup is fine (it is always encoded when shown).</summary>
    public static IRuleBuilderOptions<T, string?> SafeText<T>(this IRuleBuilder<T, string?> rule, string label, int maximumLength = ConcernRules.MaximumShortTextLength) =>
        rule.Must((_, value, context) =>
            {
                var problem = ConcernRules.TextProblem(value, label, maximumLength);
                context.MessageFormatter.AppendArgument("Problem", problem);
                return problem is null;
            })
            .WithMessage("{Problem}");
}
