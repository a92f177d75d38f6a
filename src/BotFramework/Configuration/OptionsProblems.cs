using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace FibroBot.BotFramework.Configuration;

/// <summary>
/// An options type that can list what is wrong with its values, each problem naming its setting
/// (<c>Section:Key</c>) so that a failed start says which line of the configuration to fix.
/// </summary>
public interface IOptionsProblems
{
    IEnumerable<string> Problems();
}

/// <summary>
/// The one way options are validated in this solution: an <see cref="IValidateOptions{TOptions}"/> that reports every
/// problem of <see cref="IOptionsProblems.Problems"/>, run when the host starts (<c>ValidateOnStart</c>).
/// </summary>
public sealed class OptionsProblemsValidator<TOptions> : IValidateOptions<TOptions>
    where TOptions : class, IOptionsProblems
{
    public ValidateOptionsResult Validate(string? name, TOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var problems = options.Problems().ToArray();
        return problems.Length == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(problems);
    }
}

public static class OptionsProblemsExtensions
{
    /// <summary>Validates the options with <see cref="OptionsProblemsValidator{TOptions}"/> when the host starts.</summary>
    public static OptionsBuilder<TOptions> ValidateProblemsOnStart<TOptions>(this OptionsBuilder<TOptions> builder)
        where TOptions : class, IOptionsProblems
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.Services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<TOptions>, OptionsProblemsValidator<TOptions>>());
        return builder.ValidateOnStart();
    }
}
