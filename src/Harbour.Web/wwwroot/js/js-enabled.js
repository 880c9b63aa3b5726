// Marks the page as having JavaScript before anything renders, as the GOV.UK template does inline.
// It lives in a file so the Content-Security-Policy can forbid inline script.
document.body.className += ' js-enabled' + ('noModule' in HTMLScriptElement.prototype ? ' govuk-frontend-supported' : '');
