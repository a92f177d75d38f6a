using System.Text.RegularExpressions;
using FibroBot.Retrieval.Corpus;

namespace FibroBot.Retrieval.Search;

/// <summary>
/// Sources written about children and teenagers (topic <c>juvenile-fibromyalgia</c>) answer a question only when it is
/// about a young person. The members of the groups the bot serves are adults asking about themselves: "why do I wake up
/// so tired every morning?" is close in meaning to "Why does my teenager sleep so badly and still wake up tired?", and
/// an answer about teenagers is the wrong answer to it.
/// </summary>
public static partial class YoungPeople
{
    /// <summary>The corpus topic that marks a source as being about children and teenagers.</summary>
    public const string Topic = "juvenile-fibromyalgia";

    public static bool IsAbout(SourceDocument source) => source.Topics.Contains(Topic, StringComparer.Ordinal);

    /// <summary>Whether the question names a young person or an age under 18 ("my daughter", "teens", "diagnosed at 16").</summary>
    public static bool AreMentionedIn(string question) => Mention().IsMatch(question);

    [GeneratedRegex(
        @"\b(?:kids?|child(?:ren|hood)?|teen(?:s|age|aged|ager|agers)?|adolescen(?:t|ts|ce)|juvenile|youth|young\s+(?:people|person|age|ones?)|"
        + @"sons?|daughters?|p(?:a)?ediatric\w*|school\w*|bab(?:y|ies)|toddlers?|puberty|minors?)\b"
        + @"|\b(?:at|aged?|i'?m|i\s+am|i\s+was)\s+(?:[5-9]|1[0-7])\b(?!\s*(?:%|mg|kg|lbs?|hours?|days?|weeks?|months?))"
        + @"|\b(?:[5-9]|1[0-7])\s*(?:yo|y/o|years?\s+old|yrs?\s+old)\b",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Mention();
}
