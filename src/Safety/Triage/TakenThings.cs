using System.Text.RegularExpressions;

namespace FibroBot.Safety;

/// <summary>
/// Whether a folded message names something that is taken: a medicine, drug, supplement or plant, a form it comes
/// in, a unit it is measured in, or a verb of taking, in the bot's seven languages. A dosing request needs such a
/// thing; "how long should I swim?" has none, so the model alone can never refuse it at the lower threshold.
/// </summary>
public static partial class TakenThings
{
    public static bool AreNamedIn(string folded) => Pattern().IsMatch(folded);

    [GeneratedRegex(
        @"\b(" +
        // the three treatments and their street names
        @"ldn|naltrex\w*|psilocyb\w*|shrooms?|mushrooms?|truffles?|lsd|acid|lucy|tabs?|blotters?|kratom|kratum|ketum|kratom\w*|mitragyn\w*|7-?oh|" +
        // medicines and supplements members name
        @"pregabalin|lyrica|duloxetin\w*|cymbalta|amitriptylin\w*|gabapentin\w*|tramadol|cbd|thc|cannabis|weed|edibles?|magnesium|melatonin\w*|" +
        @"meds?|medicines?|medications?|medicament\w*|medikament\w*|medicijn\w*|farmac\w*|drugs?|supplements?|pills?|pillen|pilules?|capsules?|caps|" +
        @"kapseln?|tablets?|tabletten?|comprimid\w*|compresse|pastill\w*|cachets?|drops?|gotas|gouttes|tropfen|druppels|gocce|tinctures?|tea|tee|" +
        @"te|the|thee|tisane|powder|pulver|polvo|poudre|poeder|polvere|hongos|setas|champis?|champignons?|pilze|paddos?|funghi\w*|cogumelos?|" +
        // doses, units and household measures
        @"doses?|dosing|dosage|dosis|dosi|dose\w*|microdos\w*|micro-?dos\w*|mg|mcg|ug|µg|milligrams?|grams?|gramm\w*|gramos?|grammes?|grammi|ml|" +
        @"teaspoons?|tsp|tablespoons?|cucharadit\w*|colher\w*|cuillere\w*|teeloffel|theelepel|cucchiain\w*|" +
        // verbs of taking
        @"take|takes|taking|took|swallow\w*|tomar|tomo|tome|toma|prendre|prends|prend|nehmen|nehme|nimmt|nemen|neem|prendere|prendo" +
        @")\b",
        RegexOptions.CultureInvariant)]
    private static partial Regex Pattern();
}
