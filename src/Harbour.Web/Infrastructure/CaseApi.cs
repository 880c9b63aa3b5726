using System.Security.Claims;
using Harbour.Core;
using Harbour.Core.Access;
using Harbour.Core.Accounts;
using Harbour.Core.Cases;
using Harbour.Core.Concerns;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Harbour.Web.Infrastructure;

/// <summary>
/// <c>/api/v1/concerns</c> and <c>/api/v1/cases</c> for partner systems. A client acts for its organisation: with
/// <c>cases.read</c> it sees what a safeguarding lead of that organisation sees, never Prevent cases or intelligence.
/// Invalid input is a 400 problem listing each field, with the same GOV.UK wording as the pages.
/// </summary>
public static class CaseApi
{
    public sealed record PersonDto(
        string? GivenNames, string? FamilyName, IReadOnlyList<string>? Aliases, DateOnly? DateOfBirth, int? ApproximateAge, AgeGroup? AgeGroup,
        string? Gender, string? Nationality, IReadOnlyList<string>? Languages, bool? InterpreterNeeded, string? Phone, string? Address,
        string? Postcode, string? CurrentLocation);

    public sealed record InvolvedPersonDto(InvolvementRole Role, string? Name, string? Phone, string? Address, string? Postcode,
        IReadOnlyList<string>? VehicleRegistrations, string? Business, string? Notes);

    public sealed record NewConcernDto(
        bool IsModernSlavery, bool IsPrevent, bool? ImmediateDanger, string? Area, PersonDto? Person,
        IReadOnlyList<string>? ExploitationTypes, IReadOnlyList<string>? Indicators, IReadOnlyList<string>? RadicalisationSigns,
        PreventConcernType? PreventConcernType, string? WhatHappened, IReadOnlyList<InvolvedPersonDto>? OtherPeople, ConsentAnswer? Consent);

    public sealed record ConcernCreatedDto(string Reference, DateTime TriageDueAt);

    public sealed record CaseSummaryDto(string Reference, CaseStatus Status, bool IsModernSlavery, bool IsPrevent, AgeGroup AgeGroup, DateTime OpenedAt, DateTime UpdatedAt, DateOnly? NextTaskDueOn);

    public sealed record CasePersonDto(CasePersonRole Role, string Name, AgeGroup? AgeGroup, DateOnly? DateOfBirth, string? Nationality, string? Phone, string? Postcode, IReadOnlyList<string> VehicleRegistrations);

    public sealed record CaseDto(string Reference, CaseStatus Status, bool IsModernSlavery, bool IsPrevent, DateTime OpenedAt, DateTime? ClosedAt, string? Outcome,
        IReadOnlyList<CasePersonDto> People, IReadOnlyList<object> Chronology, IReadOnlyList<object> Tasks);

    public sealed record CasePageDto(IReadOnlyList<CaseSummaryDto> Items, int Total, int Page, int PageSize);

    public static void Map(RouteGroupBuilder api)
    {
        ArgumentNullException.ThrowIfNull(api);
        api.MapPost("/concerns", CreateConcernAsync)
            .RequireAuthorization(HarbourPolicies.ApiScope(ApiScopes.ConcernsWrite))
            .WithTags("Concerns").WithSummary("Submit a concern to the triage queue of the council for its area.");
        api.MapGet("/cases", ListCasesAsync)
            .RequireAuthorization(HarbourPolicies.ApiScope(ApiScopes.CasesRead))
            .WithTags("Cases").WithSummary("Cases the client's organisation owns or has been shared, filtered and paged.");
        api.MapGet("/cases/{reference}", GetCaseAsync)
            .RequireAuthorization(HarbourPolicies.ApiScope(ApiScopes.CasesRead))
            .WithTags("Cases").WithSummary("One case, if the client's organisation may see it; 404 otherwise.");
    }

    /// <summary>The client as need-to-know sees it: its organisation, with a lead's view of modern slavery cases.</summary>
    private static UserScope ClientScope(ClaimsPrincipal client) =>
        new(Guid.Parse(client.FindFirstValue(HarbourClaims.ApiClientId)!), client.OrganisationIdOf()!.Value,
            new HashSet<string>(StringComparer.Ordinal) { HarbourRoles.SafeguardingLead });

    private static async Task<Results<Created<ConcernCreatedDto>, ValidationProblem>> CreateConcernAsync(
        NewConcernDto body, HttpContext context, ConcernService concerns)
    {
        var errors = new Dictionary<string, string[]>(StringComparer.Ordinal);
        void Add(string field, string message) => errors[field] = [message];
        var person = body.Person ?? new PersonDto(null, null, null, null, null, null, null, null, null, null, null, null, null, null);
        var phone = Identifiers.Phone(person.Phone);
        if (person.Phone is not null && phone is null)
        {
            Add("person.phone", Identifiers.PhoneError);
        }

        var postcode = Identifiers.Postcode(person.Postcode);
        if (person.Postcode is not null && postcode is null)
        {
            Add("person.postcode", Identifiers.PostcodeError);
        }

        foreach (var (field, label, value, max) in new[]
        {
            ("whatHappened", "What happened", body.WhatHappened, ConcernRules.MaximumTextLength),
            ("person.givenNames", "Given names", person.GivenNames, 200),
            ("person.familyName", "Family name", person.FamilyName, 200),
            ("person.address", "Address", person.Address, 1_000),
            ("person.currentLocation", "Where they are now", person.CurrentLocation, 1_000),
        })
        {
            if (ConcernRules.TextProblem(value, label, max) is { } problem)
            {
                Add(field, problem);
            }
        }

        var others = new List<InvolvedPerson>();
        foreach (var (other, index) in (body.OtherPeople ?? []).Select((o, i) => (o, i)))
        {
            var vehicles = (other.VehicleRegistrations ?? []).Select(Identifiers.VehicleRegistration).ToList();
            if (vehicles.Any(v => v is null))
            {
                Add($"otherPeople[{index}].vehicleRegistrations", Identifiers.VehicleError);
            }

            if (ConcernRules.TextProblem(other.Notes, "What else you know", 5_000) is { } problem)
            {
                Add($"otherPeople[{index}].notes", problem);
            }

            others.Add(new InvolvedPerson
            {
                Id = Guid.NewGuid(), Role = other.Role, Name = ConcernRules.Clean(other.Name), Phone = Identifiers.Phone(other.Phone),
                Address = ConcernRules.Clean(other.Address), Postcode = Identifiers.Postcode(other.Postcode),
                VehicleRegistrations = vehicles.OfType<string>().ToList(), Business = ConcernRules.Clean(other.Business), Notes = ConcernRules.Clean(other.Notes),
            });
        }

        var concern = new Concern
        {
            IsModernSlavery = body.IsModernSlavery,
            IsPrevent = body.IsPrevent,
            ImmediateDanger = body.ImmediateDanger,
            AreaId = await concerns.AreaIdAsync(body.Area, context.RequestAborted),
            Person = new PersonAtRisk
            {
                GivenNames = ConcernRules.Clean(person.GivenNames), FamilyName = ConcernRules.Clean(person.FamilyName), Aliases = [.. person.Aliases ?? []],
                DateOfBirth = person.DateOfBirth, ApproximateAge = person.ApproximateAge, AgeGroup = person.AgeGroup, Gender = person.Gender,
                Nationality = person.Nationality, Languages = [.. person.Languages ?? []], InterpreterNeeded = person.InterpreterNeeded,
                Phone = phone, Address = ConcernRules.Clean(person.Address), Postcode = postcode, CurrentLocation = ConcernRules.Clean(person.CurrentLocation),
            },
            ExploitationTypeCodes = [.. body.ExploitationTypes ?? []],
            IndicatorCodes = [.. body.Indicators ?? []],
            RadicalisationSignCodes = [.. body.RadicalisationSigns ?? []],
            PreventConcernType = body.PreventConcernType,
            WhatHappened = ConcernRules.Clean(body.WhatHappened),
            OtherPeopleKnown = others.Count > 0,
            OtherPeople = others,
            Consent = body.Consent,
            UpdatedAt = DateTime.UnixEpoch,
        };

        if (errors.Count == 0)
        {
            try
            {
                var saved = await concerns.SubmitFromPartnerAsync(concern, context.User.OrganisationIdOf()!.Value, context.Actor(), context.RequestAborted);
                return TypedResults.Created($"/api/v1/concerns/{saved.Reference}", new ConcernCreatedDto(saved.Reference!, saved.TriageDueAt!.Value));
            }
            catch (ValidationFailedException invalid)
            {
                foreach (var (field, message) in invalid.Errors)
                {
                    Add(ApiField(field), message);
                }
            }
        }

        return TypedResults.ValidationProblem(errors, title: "The concern has problems; nothing was saved");
    }

    private static async Task<Ok<CasePageDto>> ListCasesAsync(HttpContext context, CaseService cases, string? status = null, string? type = null, int page = 1, int pageSize = 25)
    {
        var list = await cases.ListAsync(ClientScope(context.User), new CaseFilter(
            Status: Enum.TryParse<CaseStatus>(status, ignoreCase: true, out var parsed) ? parsed : null, Type: type, Page: page, PageSize: pageSize));
        return TypedResults.Ok(new CasePageDto(
            list.Items.Select(i => new CaseSummaryDto(i.Reference, i.Status, i.IsModernSlavery, i.IsPrevent, i.AgeGroup, i.OpenedAt, i.UpdatedAt, i.NextTaskDueOn)).ToList(),
            list.Total, list.Page, list.PageSize));
    }

    private static async Task<Results<Ok<CaseDto>, NotFound>> GetCaseAsync(string reference, HttpContext context, CaseService cases)
    {
        var @case = await cases.GetAsync(reference, ClientScope(context.User), context.Actor(), context.RequestAborted);
        if (@case is null)
        {
            return TypedResults.NotFound();
        }

        return TypedResults.Ok(new CaseDto(@case.Reference, @case.Status, @case.IsModernSlavery, @case.IsPrevent, @case.OpenedAt, @case.ClosedAt, @case.Outcome,
            @case.People.Select(p => new CasePersonDto(p.Role, p.Details.DisplayName, p.Details.AgeGroup, p.Details.DateOfBirth, p.Details.Nationality,
                p.Details.Phone, p.Details.Postcode, p.VehicleRegistrations)).ToList(),
            @case.Chronology.Select(e => (object)new { e.OccurredAt, e.Kind, e.Summary }).ToList(),
            @case.Tasks.Select(t => (object)new { t.Title, t.DueOn, Done = t.CompletedAt is not null }).ToList()));
    }

    /// <summary>Page field names (DateOfBirth) as the API spells them (person.dateOfBirth).</summary>
    private static string ApiField(string field) => field switch
    {
        "ConcernTypes" => "isModernSlavery",
        "Area" => "area",
        "AgeGroup" or "DateOfBirth" or "ApproximateAge" or "Nationality" => "person." + char.ToLowerInvariant(field[0]) + field[1..],
        _ => char.ToLowerInvariant(field[0]) + field[1..],
    };
}
