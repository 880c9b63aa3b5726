using Harbour.Web.Infrastructure;

namespace Harbour.Web.Pages.Intelligence;

/// <summary>
/// GOV.UK radios where choosing an option reveals a follow-up question (a textarea). Without JavaScript every
/// follow-up is simply shown (GOV.UK Frontend hides them only once its script runs), so the page still works.
/// </summary>
public sealed record ConditionalRadios(ChoiceInput Radios, IReadOnlyDictionary<string, TextInput> Reveals);
