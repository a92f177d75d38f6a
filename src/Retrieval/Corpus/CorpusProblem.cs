namespace FibroBot.Retrieval.Corpus;

/// <summary>One thing wrong with the corpus, located precisely enough for a moderator to fix it.</summary>
/// <param name="File">The file, relative to the corpus or seeds folder where possible.</param>
/// <param name="Field">The field or entry at fault, or null when the whole file is at fault.</param>
/// <param name="Problem">What is wrong, in plain words.</param>
public sealed record CorpusProblem(string File, string? Field, string Problem)
{
    public override string ToString() => Field is null ? $"{File}: {Problem}" : $"{File}: {Field}: {Problem}";
}
