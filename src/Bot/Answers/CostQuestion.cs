using System.Text.RegularExpressions;
using FibroBot.Safety;

namespace FibroBot.Answers;

/// <summary>
/// A question whose point is a price: "how much does LDN cost?", "is kratom expensive?", "is it covered by insurance?",
/// "was kostet LDN?". No source in the corpus gives a price, so such a question was answered with whatever else it
/// matched ("how much does ldn cost" quoted a trial result). The answer pipeline gives the fixed no-answer when the
/// question asks a price and no passage mentions one (<see cref="PriceWords"/>); a source that one day covers cost
/// ends the rule by itself.
/// </summary>
/// <remarks>
/// Only a question about money counts, in the seven languages (folded). "How can I get LDN?" asks about access, which
/// the sources do cover, and "what does LDN cost me in side effects" is not about money but still reads as one: a
/// rare phrasing, and the no-answer is honest for it.
/// </remarks>
internal static partial class CostQuestion
{
    /// <summary>The words a passage about money would use; the rule holds only while no passage uses any of them.</summary>
    public static readonly string[] PriceWords = ["cost", "costs", "price", "prices", "insurance", "expensive", "cheap", "afford"];

    public static bool IsAsked(string text) => AsksAPrice().IsMatch(SafetyText.Normalize(text));

    [GeneratedRegex(
        @"\b(?:how\s+much\s+(?:does|do|did|would|will|is|are)\b[^.?!]{0,40}\bcost|what\s+(?:does|do|would|will)\b[^.?!]{0,40}\bcost|cost\s+of|price\s+of|"
        + @"prices?|pricey|expensive|cheap(?:er|est)?|afford\w*\s+(?:it|this|that|them|ldn|kratom|naltrexone|the\s+\w+|to\s+(?:buy|pay))|"
        + @"covered\s+by\s+(?:my\s+|the\s+)?(?:insurance|medicare|medicaid|the\s+nhs)|insurance\s+cover\w*|"
        // Words that also mean something else need their price sense: Dutch "duur" is also a duration, "caro" and
        // "cher" also dear.
        + @"cuanto\s+cuesta\w*|precio|barato|was\s+kostet|kosten|teuer|billig|combien\s+coute|prix|quanto\s+custa|preco|"
        + @"hoeveel\s+kost|prijs|goedkoop|quanto\s+costa|prezzo|costoso|"
        + @"(?:hoe|te|erg|heel|zo)\s+duur|(?:c'?est|est-ce|trop|tres|si)\s+cher|(?:es|e|muy|molto|muito|troppo|demasiado|tan|tao|cosi)\s+car[oa])\b",
        RegexOptions.CultureInvariant)]
    private static partial Regex AsksAPrice();
}
