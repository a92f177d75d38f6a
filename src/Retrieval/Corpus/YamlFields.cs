using System.Globalization;
using YamlDotNet.RepresentationModel;

namespace FibroBot.Retrieval.Corpus;

/// <summary>
/// Reads the fields of one YAML mapping, recording a <see cref="CorpusProblem"/> for every missing or
/// malformed field instead of stopping at the first, so one validation run reports everything.
/// </summary>
internal sealed class YamlFields(YamlMappingNode node, string file, string entry, List<CorpusProblem> problems)
{
    private readonly HashSet<string> _read = new(StringComparer.Ordinal);

    public string? RequiredString(string field)
    {
        var value = OptionalString(field);
        if (value is null && !Has(field))
        {
            Report(field, "missing field");
        }
        else if (string.IsNullOrWhiteSpace(value))
        {
            Report(field, "empty value");
            return null;
        }

        return value;
    }

    public string? OptionalString(string field)
    {
        _read.Add(field);
        if (!node.Children.TryGetValue(new YamlScalarNode(field), out var value))
        {
            return null;
        }

        if (value is YamlScalarNode scalar)
        {
            return IsNull(scalar) ? null : scalar.Value?.Trim();
        }

        Report(field, "must be a single value, not a list or mapping");
        return null;
    }

    /// <summary>A year, or null when the field is null; <paramref name="mustBePresent"/> demands the field be written (null allowed).</summary>
    public int? Year(string field, bool mustBePresent)
    {
        if (mustBePresent && !Has(field))
        {
            Report(field, "missing field (write 'null' for an undated source)");
        }

        var text = OptionalString(field);
        if (text is null)
        {
            return null;
        }

        if (int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var year) && year is >= 1900 and <= 2100)
        {
            return year;
        }

        Report(field, $"'{text}' is not a year");
        return null;
    }

    /// <summary>A list that may be left out (empty then); written, it follows the rules of <see cref="RequiredList"/>.</summary>
    public IReadOnlyList<string> OptionalList(string field) => Has(field) ? RequiredList(field) : MarkRead(field);

    public IReadOnlyList<string> RequiredList(string field)
    {
        _read.Add(field);
        if (!node.Children.TryGetValue(new YamlScalarNode(field), out var value))
        {
            Report(field, "missing field");
            return [];
        }

        if (value is not YamlSequenceNode sequence)
        {
            Report(field, "must be a list, like [a, b]");
            return [];
        }

        var items = sequence.Children.OfType<YamlScalarNode>()
            .Select(s => s.Value?.Trim() ?? string.Empty)
            .Where(s => s.Length > 0)
            .ToList();
        if (items.Count != sequence.Children.Count)
        {
            Report(field, "every item must be a non-empty single value");
        }
        else if (items.Count == 0)
        {
            Report(field, "the list is empty");
        }

        return items;
    }

    public EvidenceLabel? Label(string field)
    {
        var text = RequiredString(field);
        if (text is null)
        {
            return null;
        }

        if (EvidenceLabels.TryParse(text, out var label))
        {
            return label;
        }

        var known = string.Join(", ", EvidenceLabels.StrongestFirst.Select(l => $"'{EvidenceLabels.DisplayName(l)}'"));
        Report(field, $"unknown label '{text}' (use one of {known})");
        return null;
    }

    /// <summary>Reports fields nobody asked for: a misspelt field name would otherwise be silently ignored.</summary>
    public void ReportUnknownFields()
    {
        foreach (var key in node.Children.Keys.OfType<YamlScalarNode>())
        {
            if (key.Value is not null && !_read.Contains(key.Value))
            {
                Report(key.Value, "unknown field");
            }
        }
    }

    private string[] MarkRead(string field)
    {
        _read.Add(field);
        return [];
    }

    public void Report(string field, string problem) => problems.Add(new CorpusProblem(file, $"{entry}{field}", problem));

    private bool Has(string field) => node.Children.ContainsKey(new YamlScalarNode(field));

    private static bool IsNull(YamlScalarNode scalar) =>
        scalar.Style == YamlDotNet.Core.ScalarStyle.Plain && scalar.Value is null or "" or "~" or "null" or "Null" or "NULL";
}
