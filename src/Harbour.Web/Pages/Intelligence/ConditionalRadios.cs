using Harbour.Web.Infrastructure;

namespace Harbour.Web.Pages.Intelligence;

/// <summary>
/// GOV.UK radios with a follow-up question (a textarea) under the option it belongs to, styled as a conditional
/// reveal but always shown, with or without JavaScript. GOV.UK Frontend's reveal script marks the radio
/// aria-expanded, which ARIA does not allow on a radio (axe's aria-allowed-attr; alphagov/govuk-frontend#979),
/// so Harbour does not wire it up; the follow-up's hint says when to answer it, and the service ignores it otherwise.
/// </summary>
public sealed record ConditionalRadios(ChoiceInput Radios, IReadOnlyDictionary<string, TextInput> Reveals);
