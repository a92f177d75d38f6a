using System.Diagnostics;
using FibroBot.Retrieval.Corpus;
using FibroBot.Retrieval.Evaluation;
using FibroBot.Retrieval.Search;

namespace FibroBot.Cli;

/// <summary>The corpus verbs: <c>validate</c>, <c>index</c> and <c>beir --dataset DIR</c>.</summary>
internal static class CorpusVerbs
{
    public static Task<int> ValidateAsync(string[] args)
    {
        var locations = Locate(args);
        var result = CorpusValidator.Validate(locations);
        if (result.IsValid)
        {
            Console.WriteLine($"ok: {result.SourceCount} sources, {result.PassageCount} passages");
            return Task.FromResult(0);
        }

        foreach (var problem in result.Problems)
        {
            Console.WriteLine(problem);
        }

        Console.Error.WriteLine($"error: {result.Problems.Count} corpus problem{(result.Problems.Count == 1 ? string.Empty : "s")} in {locations.CorpusPath} (listed above)");
        return Task.FromResult(1);
    }

    public static Task<int> IndexAsync(string[] args)
    {
        var locations = Locate(args);
        var clock = Stopwatch.StartNew();
        using var engine = RetrievalEngine.Rebuild(locations);
        Console.WriteLine($"index: {Retrieval.Index.IndexStore.IndexPath(locations)}");
        Console.WriteLine($"indexed: {engine.Catalog.Sources.Count} sources, {engine.Catalog.Passages.Count} passages, {engine.Catalog.SeedClaims.Count} seed claims in {clock.ElapsedMilliseconds} ms");
        return Task.FromResult(0);
    }

    public static Task<int> BeirAsync(string[] args)
    {
        var configuration = Configuration(args);
        var dataset = configuration["dataset"];
        if (string.IsNullOrWhiteSpace(dataset))
        {
            Console.Error.WriteLine("error: usage: beir --dataset DIR [--weights TITLE,BODY] (DIR holds corpus.jsonl, queries.jsonl and qrels/test.tsv)");
            return Task.FromResult(2);
        }

        var weights = BeirEvaluation.BeirWeights;
        if (configuration["weights"] is { } text)
        {
            var parts = text.Split(',').Select(p => double.TryParse(p, System.Globalization.NumberStyles.Float, System.Globalization.CultureInfo.InvariantCulture, out var w) && w >= 0 ? w : -1).ToArray();
            if (parts.Length != 2 || parts.Any(w => w < 0))
            {
                Console.Error.WriteLine($"error: --weights must be two non-negative numbers TITLE,BODY, not '{text}'");
                return Task.FromResult(2);
            }

            weights = new Retrieval.Index.FieldWeights(parts[0], 0, parts[1]);
        }

        var data = BeirDataset.Load(Path.GetFullPath(dataset));
        Console.WriteLine($"dataset: {dataset}: {data.Documents.Count} documents, {data.Queries.Count} judged queries");
        Console.WriteLine(BeirEvaluation.Run(data, weights));
        return Task.FromResult(0);
    }

    /// <summary>
    /// The corpus folders from configuration (appsettings.json, FIBROBOT-style environment variables with '__',
    /// and <c>--Corpus:Path=…</c> style arguments), falling back to the bundled corpus.
    /// </summary>
    private static CorpusLocations Locate(string[] args)
    {
        var options = new CorpusOptions();
        Configuration(args).GetSection(CorpusOptions.SectionName).Bind(options);
        return options.Resolve(AppContext.BaseDirectory, Directory.GetCurrentDirectory());
    }

    private static IConfiguration Configuration(string[] args) => new ConfigurationBuilder()
        .AddJsonFile(Path.Combine(AppContext.BaseDirectory, "appsettings.json"), optional: true)
        .AddJsonFile(Path.Combine(Directory.GetCurrentDirectory(), "appsettings.json"), optional: true)
        .AddEnvironmentVariables()
        .AddCommandLine(args)
        .Build();
}
