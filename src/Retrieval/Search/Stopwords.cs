namespace FibroBot.Retrieval.Search;

/// <summary>
/// Function words dropped from queries: they match nearly every passage, add nothing to BM25 but cost time,
/// and would make an off-topic question look answered.
/// </summary>
public static class Stopwords
{
    private static readonly HashSet<string> Words = new(StringComparer.Ordinal)
    {
        "a", "about", "above", "after", "again", "against", "all", "am", "an", "and", "any", "are", "as", "at", "be", "because",
        "been", "before", "being", "below", "between", "both", "but", "by", "can", "could", "did", "do", "does", "doing", "down",
        "during", "each", "few", "for", "from", "further", "had", "has", "have", "having", "he", "her", "here", "hers", "herself",
        "him", "himself", "his", "how", "i", "if", "in", "into", "is", "it", "its", "itself", "just", "me", "more", "most", "my",
        "myself", "no", "nor", "not", "now", "of", "off", "on", "once", "only", "or", "other", "our", "ours", "ourselves", "out",
        "over", "own", "same", "she", "should", "so", "some", "such", "than", "that", "the", "their", "theirs", "them",
        "themselves", "then", "there", "these", "they", "this", "those", "through", "to", "too", "under", "until", "up", "very",
        "was", "we", "were", "what", "when", "where", "which", "while", "who", "whom", "why", "will", "with", "would", "you",
        "your", "yours", "yourself", "yourselves", "s", "t", "d", "ll", "m", "re", "ve", "don", "doesn", "didn", "isn", "aren",
        "wasn", "weren", "won", "wouldn", "shouldn", "couldn", "also", "anyone", "anything", "really", "get", "got", "tell",
        "know", "please", "thanks", "thank", "hi", "hello", "hey", "ok", "okay", "yes", "much", "many", "may", "might", "must",
        "shall", "us", "let", "lot", "lots", "thing", "things", "there's", "what's", "whats", "im", "ive", "id",
        // Conversational filler that says nothing about the topic: "has anyone tried…", "is it any good".
        "good", "time", "times", "anybody", "someone", "somebody", "tried", "try", "trying", "worth", "think", "thoughts", "heard", "guys",
        "actually", "basically", "literally", "honestly", "definitely", "anyway", "right",
    };

    public static bool Contains(string token) => Words.Contains(token);
}
