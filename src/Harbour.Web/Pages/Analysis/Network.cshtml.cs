using System.Text.Json;
using Harbour.Core.Linking;
using Harbour.Web.Infrastructure;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Harbour.Web.Pages.Analysis;

/// <summary>The network of one entity: a graph for those with JavaScript, and the same data as tables for everyone.</summary>
public sealed class NetworkModel(NetworkService networks) : PageModel
{
    [FromRoute]
    public Guid Id { get; set; }

    [BindProperty(SupportsGet = true)]
    public int? Steps { get; set; }

    public Network Network { get; private set; } = null!;

    public async Task OnGetAsync() =>
        Network = await networks.NetworkAsync(Id, User.Scope(), HttpContext.Actor(), Steps, HttpContext.RequestAborted);

    /// <summary>Nodes and edges for the graph script, read from a data element (the content security policy allows no inline script).</summary>
    public string GraphJson()
    {
        var nodes = Network.Entities.Select(e => new { data = new { id = e.Id.ToString(), label = e.Label, kind = AnalysisText.Kind(e.Kind).ToLowerInvariant(), start = e.Id == Id, href = $"/analysis/entities/{e.Id}" } })
            .Concat(Network.Records.Select(r => new { data = new { id = r.ConcernId.ToString(), label = r.CaseReference ?? r.Reference ?? "Concern", kind = "record", start = false, href = "" } }));
        var edges = Network.Links.Select(l => new { data = new { id = $"{l.EntityId}-{l.ConcernId}", source = l.EntityId.ToString(), target = l.ConcernId.ToString() } });
        return JsonSerializer.Serialize(new { nodes, edges });
    }
}
