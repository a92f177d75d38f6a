namespace FibroBot.Retrieval.Corpus;

/// <summary>Checks the whole corpus and reports every problem, not just the first.</summary>
public static class CorpusValidator
{
    public static CorpusValidation Validate(CorpusLocations locations)
    {
        var (catalog, problems) = CorpusLoader.TryLoad(locations);
        return new CorpusValidation(problems, catalog?.Sources.Count ?? 0, catalog?.Passages.Count ?? 0);
    }
}

/// <summary>The outcome of <see cref="CorpusValidator.Validate"/>: no problems means the corpus loads.</summary>
public sealed record CorpusValidation(IReadOnlyList<CorpusProblem> Problems, int SourceCount, int PassageCount)
{
    public bool IsValid => Problems.Count == 0;
}
