namespace Harbour.Web.Infrastructure;

/// <summary>A GOV.UK text input; <see cref="Name"/> is both the form field and the id the error summary links to.</summary>
public sealed record TextInput(string Name, string Label, string? Value)
{
    public string? Hint { get; init; }

    public string Type { get; init; } = "text";

    public string? Autocomplete { get; init; }

    public string? InputMode { get; init; }

    public bool Spellcheck { get; init; }

    /// <summary>A width class such as <c>govuk-input--width-10</c>, or <c>govuk-!-width-two-thirds</c>.</summary>
    public string? WidthClass { get; init; }

    /// <summary>Set when the question is the page's only one: the label is then the page's h1.</summary>
    public bool IsPageHeading { get; init; }
}

public sealed record Choice(string Value, string Text, string? Hint = null);

/// <summary>GOV.UK radios or checkboxes in a fieldset.</summary>
public sealed record ChoiceInput(string Name, string Legend, IReadOnlyList<Choice> Choices, IReadOnlyCollection<string> Selected)
{
    public bool Multiple { get; init; }

    public string? Hint { get; init; }

    public bool IsPageHeading { get; init; }

    public bool Small { get; init; }
}

public sealed record SelectInput(string Name, string Label, IReadOnlyList<Choice> Choices, string? Selected)
{
    public string? Hint { get; init; }

    /// <summary>The first, empty option, for example "Select an organisation".</summary>
    public string? Placeholder { get; init; }
}
