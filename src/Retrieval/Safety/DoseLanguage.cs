using System.Text.RegularExpressions;

namespace FibroBot.Retrieval.Safety;

/// <summary>
/// Recognises text that states a dose amount, strength or schedule. Shared by the corpus validator
/// (no dose text in vetted documents) and the answer redactor (no dose text in an answer).
/// PLACEHOLDER: the safety work replaces this first cut.
/// </summary>
public static partial class DoseLanguage
{
    public static bool ContainsDoseOrSchedule(string text) => DoseAmount().IsMatch(text);

    [GeneratedRegex(@"\b\d+(\.\d+)?\s*(mg|milligrams?|mcg|micrograms?|µg|g|grams?)\b", RegexOptions.IgnoreCase)]
    private static partial Regex DoseAmount();
}
