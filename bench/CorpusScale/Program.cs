// Synthetic corpora for the corpus-scale benchmark (bench/run-corpus-scale.sh):
//   CorpusScale beir   --passages N --out DIR [--queries 200] [--seed 7]
//   CorpusScale vetted --passages N --out DIR --corpus BUNDLED_CORPUS --seeds BUNDLED_SEEDS [--seed 7]
using System.Globalization;
using FibroBot.Bench.CorpusScale;

try
{
    var options = Options.Parse(args.Skip(1).ToArray());
    switch (args.FirstOrDefault())
    {
        case "beir":
            BeirWriter.Write(options.Required("out"), options.Int("passages"), options.Int("queries", 200), options.Int("seed", 7));
            Console.WriteLine($"beir dataset: {options.Int("passages")} passages in {options.Required("out")}");
            return 0;
        case "vetted":
            var documents = VettedCorpusWriter.Write(options.Required("corpus"), options.Required("seeds"), options.Required("out"), options.Int("passages"), options.Int("seed", 7));
            Console.WriteLine($"corpus: the bundled corpus plus {documents} synthetic documents in {options.Required("out")}");
            return 0;
        default:
            Console.Error.WriteLine("usage: CorpusScale beir|vetted --passages N --out DIR [...]");
            return 2;
    }
}
catch (Exception exception) when (exception is ArgumentException or IOException)
{
    Console.Error.WriteLine($"corpus-scale: {exception.Message}");
    return 2;
}

internal sealed class Options(Dictionary<string, string> values)
{
    public static Options Parse(string[] args)
    {
        var values = new Dictionary<string, string>(StringComparer.Ordinal);
        for (var i = 0; i + 1 < args.Length; i += 2)
        {
            if (!args[i].StartsWith("--", StringComparison.Ordinal))
            {
                throw new ArgumentException($"expected --name value, got '{args[i]}'");
            }

            values[args[i][2..]] = args[i + 1];
        }

        return new Options(values);
    }

    public string Required(string name) =>
        values.TryGetValue(name, out var value) ? value : throw new ArgumentException($"--{name} is required");

    public int Int(string name, int? fallback = null)
    {
        if (!values.TryGetValue(name, out var text))
        {
            return fallback ?? throw new ArgumentException($"--{name} is required");
        }

        return int.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var value) && value > 0
            ? value
            : throw new ArgumentException($"--{name} must be a positive integer, got '{text}'");
    }
}
