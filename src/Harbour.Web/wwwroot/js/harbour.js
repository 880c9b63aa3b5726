// Starts GOV.UK Frontend's components (Exit this page, service navigation, error summary, ...).
// Every page works without this script; it only adds behaviour.
import { initAll } from '/lib/govuk-frontend/govuk-frontend.min.js';

initAll();
