using System.Globalization;

namespace FibroBot.Bench.LoadGen;

/// <summary>Reads <c>--name value</c> pairs and reports a clear error for anything malformed.</summary>
internal sealed class ArgumentReader
{
    private readonly Dictionary<string, string> _values;

    private ArgumentReader(Dictionary<string, string> values) => _values = values;

    public static ArgumentReader Read(IReadOnlyList<string> args)
    {
        var values = new Dictionary<string, string>(StringComparer.Ordinal);
        for (var i = 0; i < args.Count; i++)
        {
            var name = args[i];
            if (!name.StartsWith("--", StringComparison.Ordinal) || i + 1 >= args.Count)
            {
                throw new ArgumentException($"expected --name value, got '{name}'");
            }

            values[name[2..]] = args[++i];
        }

        return new ArgumentReader(values);
    }

    public string Required(string name) =>
        _values.TryGetValue(name, out var value) ? value : throw new ArgumentException($"--{name} is required");

    public string? Optional(string name) => _values.GetValueOrDefault(name);

    public int? OptionalInt(string name) =>
        _values.TryGetValue(name, out var value) ? ParseInt(name, value) : null;

    public double Double(string name, double fallback, double min, double max)
    {
        if (!_values.TryGetValue(name, out var text))
        {
            return fallback;
        }

        if (!double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var value) || value < min || value > max)
        {
            throw new ArgumentException($"--{name} must be a number in [{min}, {max}], got '{text}'");
        }

        return value;
    }

    public IReadOnlyList<int> IntList(string name, IReadOnlyList<int> fallback)
    {
        if (!_values.TryGetValue(name, out var text))
        {
            return fallback;
        }

        var levels = text.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(part => ParseInt(name, part))
            .ToArray();
        if (levels.Length == 0 || levels.Any(level => level is < 1 or > 1024))
        {
            throw new ArgumentException($"--{name} must list levels between 1 and 1024, got '{text}'");
        }

        return levels;
    }

    private static int ParseInt(string name, string text) =>
        int.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var value)
            ? value
            : throw new ArgumentException($"--{name} must be an integer, got '{text}'");
}
