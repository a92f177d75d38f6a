namespace FibroBot.Tests;

/// <summary>
/// The project's shared fact base, <c>../shared/reference/evidence-facts.md</c> beside the repository. CI has it; a clone
/// on its own does not, and the tests that check the corpus against it are then reported as skipped, with the reason.
/// </summary>
internal static class FactBase
{
    public const string RelativeToRepository = "../shared/reference/evidence-facts.md";

    /// <summary>The fact base's full path when it sits beside the repository, else null.</summary>
    public static string? PathOrNull
    {
        get
        {
            var path = System.IO.Path.GetFullPath(System.IO.Path.Combine(Repository.Root, "..", "shared", "reference", "evidence-facts.md"));
            return File.Exists(path) ? path : null;
        }
    }

    public static string Text => File.ReadAllText(PathOrNull ?? throw new FileNotFoundException(RelativeToRepository + " is missing"));
}

/// <summary>A fact that needs the shared fact base: skipped, with the reason, when it is not beside the repository.</summary>
public sealed class FactBaseFactAttribute : FactAttribute
{
    public FactBaseFactAttribute()
    {
        if (FactBase.PathOrNull is null)
        {
            Skip = $"{FactBase.RelativeToRepository} is not beside the repository (CI has it; a standalone clone does not)";
        }
    }
}
