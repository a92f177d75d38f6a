namespace FibroBot.Retrieval.Corpus;

/// <summary>The corpus cannot be loaded. The message names the file, the field and the problem of each fault.</summary>
public sealed class CorpusException : Exception
{
    public CorpusException(IReadOnlyList<CorpusProblem> problems)
        : base(Describe(problems)) => Problems = problems;

    public CorpusException(CorpusProblem problem)
        : this([problem])
    {
    }

    public IReadOnlyList<CorpusProblem> Problems { get; }

    private static string Describe(IReadOnlyList<CorpusProblem> problems) => problems.Count switch
    {
        0 => "the corpus has an unknown problem",
        1 => problems[0].ToString(),
        _ => $"{problems.Count} corpus problems, first: {problems[0]}",
    };
}
