using Harbour.Core.ReferenceData;

namespace Harbour.Web.Infrastructure;

/// <summary>
/// Read-only reference data for partner systems: the codes Harbour uses for exploitation types, indicators and
/// organisations. Nothing here is personal data, and the public pages show the same lists.
/// </summary>
public static class ReferenceDataApi
{
    public static void Map(RouteGroupBuilder api)
    {
        var reference = api.MapGroup("/reference").AllowAnonymous();

        reference.MapGet("/exploitation-types", async (ReferenceDataQueries queries, CancellationToken ct) =>
                (await queries.GetExploitationTypesAsync(ct))
                    .Select(t => new CodeAndName(t.Code, t.Name, t.Category.ToString())))
            .WithName("GetExploitationTypes")
            .WithSummary("Types of exploitation, in display order.");

        reference.MapGet("/indicators", async (ReferenceDataQueries queries, CancellationToken ct) =>
                (await queries.GetIndicatorGroupsAsync(ct))
                    .Select(g => new IndicatorGroupDto(g.Code, g.Name, g.Indicators.Select(i => new CodeAndName(i.Code, i.Text, null)).ToList())))
            .WithName("GetModernSlaveryIndicators")
            .WithSummary("Spot-the-signs indicators of modern slavery, grouped.");

        reference.MapGet("/organisations", async (ReferenceDataQueries queries, CancellationToken ct) =>
                (await queries.GetOrganisationsAsync(ct))
                    .Select(o => new OrganisationDto(o.Code, o.Name, o.Type.ToString(), o.IsFirstResponderOrganisation, o.Areas.Select(a => a.Code).ToList())))
            .WithName("GetOrganisations")
            .WithSummary("Partner organisations and whether each is a First Responder Organisation.");
    }

    public sealed record CodeAndName(string Code, string Name, string? Category);

    public sealed record IndicatorGroupDto(string Code, string Name, IReadOnlyList<CodeAndName> Indicators);

    public sealed record OrganisationDto(string Code, string Name, string Type, bool FirstResponderOrganisation, IReadOnlyList<string> Areas);
}
