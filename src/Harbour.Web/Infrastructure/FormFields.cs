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

    /// <summary>The element id when the same field appears in several forms on one page; otherwise <see cref="Name"/>.</summary>
    public string? Id { get; init; }

    public string ElementId => Id ?? Name;
}

public sealed record Choice(string Value, string Text, string? Hint = null);

/// <summary>GOV.UK radios or checkboxes in a fieldset.</summary>
public sealed record ChoiceInput(string Name, string Legend, IReadOnlyList<Choice> Choices, IReadOnlyCollection<string> Selected)
{
    /// <summary>The id of the first option (others add -2, -3…); defaults to <see cref="Name"/>. Set it when one field spans several fieldsets.</summary>
    public string? Id { get; init; }

    /// <summary>When false, the field's error is shown by another fieldset of the same field.</summary>
    public bool ShowsError { get; init; } = true;

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

/// <summary>A GOV.UK date input: fields <c>{Name}Day</c>, <c>{Name}Month</c> and <c>{Name}Year</c>; errors under <c>{Name}</c>.</summary>
public sealed record DateInput(string Name, string Legend, string? Day, string? Month, string? Year)
{
    public string? Hint { get; init; }

    /// <summary>The date, if all three parts make a real one.</summary>
    public static DateOnly? Parse(string? day, string? month, string? year) =>
        int.TryParse(day, out var d) && int.TryParse(month, out var m) && int.TryParse(year, out var y)
        && y is >= 1000 and <= 9999 && m is >= 1 and <= 12 && d >= 1 && d <= DateTime.DaysInMonth(y, m)
            ? new DateOnly(y, m, d)
            : null;

    public static bool IsBlank(string? day, string? month, string? year) =>
        string.IsNullOrWhiteSpace(day) && string.IsNullOrWhiteSpace(month) && string.IsNullOrWhiteSpace(year);
}

/// <summary>A row of a check-answers summary list; <see cref="Field"/> is its id, so an error summary link lands on it.</summary>
public sealed record AnswerRow(string Field, string Key, string Value, string? ChangeUrl);
