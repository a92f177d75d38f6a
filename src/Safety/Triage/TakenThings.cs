using System.Text.RegularExpressions;

namespace FibroBot.Safety;

/// <summary>
/// Whether a folded message names something that is taken: a medicine, drug, supplement or plant, a form it comes
/// in, a unit it is measured in, or a verb of taking, in the bot's seven languages. A dosing request needs such a
/// thing; "how long should I swim?" has none, so the model alone can never refuse it at the lower threshold.
/// </summary>
/// <remarks>
/// The list is general pharmacy knowledge: the medicines that people with fibromyalgia and chronic pain commonly
/// take (pain relievers, opioids, antidepressants, anticonvulsants, relaxants, sleep medicines, supplements) under
/// their generic and common brand names in the seven languages. Members misspell long drug names, so a word that is
/// one letter away from a long name, or the first five letters or more of one ("amitrip"), counts too. Short names
/// are matched exactly only: "ambient" must not read as Ambien.
/// </remarks>
public static partial class TakenThings
{
    public static bool AreNamedIn(string folded) =>
        Names().MatchesAnyBranch(folded) || Pattern().MatchesAnyBranch(folded) || MilligramsAgainstANumber().MatchesScreened(folded) || NamesALongDrugLoosely(folded) is not null;

    /// <summary>
    /// A milligram amount written against its number ("1.5mg", "4,5mcg") weighs a medicine or a supplement (round 61: "my
    /// pharmacist wrote 1.5mg for the first week then going up every 2 weeks" named nothing, so its follow-up asking whether
    /// that was too low was answered). Kept apart from <see cref="Pattern"/>, whose words screen it before its matcher runs.
    /// </summary>
    [GeneratedRegex(@"\d(?:mg|mcg|ug|µg)\b", RegexOptions.CultureInvariant)]
    private static partial Regex MilligramsAgainstANumber();

    /// <summary>
    /// The medicines, drugs, supplements and plants the folded message names by name ("cbd", "magnesium", "lyrica",
    /// "amitrip"), not the forms, units, classes or verbs of taking: what a question is about, for a caller that must
    /// know whether its sources mention it.
    /// </summary>
    public static IReadOnlyList<string> NamedIn(string folded)
    {
        var names = Names().Matches(folded).Select(m => m.Value).ToList();
        if (NamesALongDrugLoosely(folded) is { } loose && !names.Contains(loose))
        {
            names.Add(loose);
        }

        return names;
    }

    /// <summary>Generic names of eight letters or more, which members shorten or misspell.</summary>
    private static readonly string[] LongNames =
    [
        "naltrexone", "psilocybin", "mitragynine", "pregabalin", "duloxetine", "amitriptyline", "nortriptyline",
        "gabapentin", "tramadol", "cyclobenzaprine", "amitriptilina", "nortriptilina", "tizanidine", "milnacipran", "venlafaxine", "sertraline",
        "fluoxetine", "escitalopram", "citalopram", "paroxetine", "mirtazapine", "trazodone", "quetiapine",
        "paracetamol", "acetaminophen", "ibuprofen", "naproxen", "diclofenac", "celecoxib", "meloxicam", "etoricoxib",
        "metamizol", "metamizole", "novalgin", "dipyrone", "oxycodone", "hydrocodone", "morphine", "fentanyl",
        "buprenorphine", "methadone", "tapentadol", "tilidine", "ketamine", "diazepam", "alprazolam", "lorazepam",
        "clonazepam", "zolpidem", "zopiclone", "temazepam", "carbamazepine", "lamotrigine", "topiramate",
        "prednisone", "prednisolone", "methocarbamol", "melatonin", "magnesium", "cannabidiol", "ashwagandha",
        "valerian", "curcumin", "turmeric", "benzodiazepine",
    ];

    /// <summary>The first word that is a long drug name shortened or misspelt by one letter, or null.</summary>
    private static string? NamesALongDrugLoosely(string folded)
    {
        foreach (var match in Word().EnumerateMatches(folded))
        {
            var word = folded.AsSpan(match.Index, match.Length);
            if (word.Length < 5)
            {
                continue;
            }

            foreach (var name in LongNames)
            {
                if ((word.Length < name.Length && name.AsSpan().StartsWith(word)) ||
                    (word.Length >= 7 && Math.Abs(word.Length - name.Length) <= 1 && WithinOneEdit(word, name)))
                {
                    return word.ToString();
                }
            }
        }

        return null;
    }

    /// <summary>One substitution, insertion, deletion or swap of neighbouring letters at most.</summary>
    private static bool WithinOneEdit(ReadOnlySpan<char> a, ReadOnlySpan<char> b)
    {
        var prefix = 0;
        while (prefix < a.Length && prefix < b.Length && a[prefix] == b[prefix])
        {
            prefix++;
        }

        if (prefix == a.Length && prefix == b.Length)
        {
            return true;
        }

        var restA = a[prefix..];
        var restB = b[prefix..];
        if (restA.Length == restB.Length)
        {
            return restA[1..].SequenceEqual(restB[1..]) ||
                   (restA.Length >= 2 && restA[0] == restB[1] && restA[1] == restB[0] && restA[2..].SequenceEqual(restB[2..]));
        }

        return restA.Length > restB.Length ? restA[1..].SequenceEqual(restB) : restA.SequenceEqual(restB[1..]);
    }

    [GeneratedRegex(@"[a-z]+", RegexOptions.CultureInvariant)]
    private static partial Regex Word();

    [GeneratedRegex(
        @"\b(" +
        // the three treatments and their street names ("psilocibina" in Spanish, Italian and Portuguese, round 88)
        @"ldn|l\s?d\s?n|l\.d\.n\.?|naltrex\w*|psilocyb\w*|psilocib\w*|psilocin\w*|shrooms?|mushrooms?|truffles?|lsd|acid|lucy|tabs?|blotters?|kratom|kratum|ketum|kratom\w*|mitragyn\w*|7-?oh|" +
        // other psychedelics and cannabis
        @"mdma|ecstasy|ayahuasca|dmt|ibogaine|mescaline|peyote|ketamin\w*|ket|kava|cannabis|cannabisol|cannabisolie|marijuana|marihuana|weed|wiet|hasj|gumm(y|ies)|" +
        @"cbd|thc|edibles?|canna-?butter|canna-?oil|cannabutter|" +
        // pain relievers, opioids and the medicines of fibromyalgia, by generic and common brand names
        @"pregabalin\w*|lyrica|duloxetin\w*|cymbalta|amitriptylin\w*|nortriptylin\w*|gabapentin\w*|neurontin|tramadol\w*|tramal|" +
        @"paracetamol\w*|acetaminophen|tylenol|panadol|dafalgan|doliprane|efferalgan|tachipirina|ibuprofen\w*|advil|nurofen|motrin|" +
        @"naproxen\w*|aleve|diclofenac\w*|voltaren|aspirin\w*|celecoxib|celebrex|meloxicam|etoricoxib|arcoxia|metamizol\w*|novalgin\w*|" +
        @"nolotil|dipyron\w*|laroxyl|ibuflam|dorflex|enantyum|valoron|zaldiar|lamaline|contramal|co-?codamol|co-?dydramol|butrans|lidocain\w*|codein\w*|oxycod\w*|oxycontin|oxynorm|targin|percocet|percs?|oxys?|hydrocod\w*|vicodin|norco|morphin\w*|" +
        @"morfin\w*|fentan\w*|buprenorph\w*|suboxone|subutex|methadon\w*|metadona|tapentadol|palexia|nucynta|tilidin\w*|opioid\w*|" +
        @"opiat\w*|opiac\w*|painkillers?|schmerzmittel\w*|schmerztablette\w*|analges\w*|pijnstiller\w*|antidolorific\w*|antidepress\w*|" +
        @"sertralin\w*|zoloft|fluoxetin\w*|prozac|venlafaxin\w*|effexor|milnacipran|savella|citalopram|escitalopram|paroxetin\w*|" +
        @"bupropion|wellbutrin|ssris?|snris?|mirtazapin\w*|trazodon\w*|quetiapin\w*|seroquel|cyclobenzaprin\w*|flexeril|tizanidin\w*|" +
        @"zanaflex|baclofen|methocarbamol|metocarbamol|carisoprodol|diazepam|valium|alprazolam|xanax|xans?|lorazepam|ativan|" +
        @"clonazepam|klonopin|rivotril|benzos?|benzodiazepin\w*|zolpidem|ambien|stilnox|zopiclon\w*|temazepam|carbamazepin\w*|" +
        @"lamotrigin\w*|topiramat\w*|prednison\w*|prednisolon\w*|cortison\w*|" +
        // supplements and herbs
        @"magnesium|magnesio|magnesie|melatonin\w*|vitamin\w*|vit\.?\s?(?:d3?|b12|b6|c|k2)|b12|coq10|omega-?3|fish oil|curcum\w*|turmeric|kurkuma|5-?htp|" +
        @"ashwagandha|valerian\w*|baldrian|valeriaan|johanniskraut|st johns? wort|hyperic\w*|iperico" +
        @")\b",
        RegexOptions.CultureInvariant)]
    private static partial Regex Names();

    [GeneratedRegex(
        @"\b(" +
        // medicines in general and the forms they come in; "drop down", "drop back" and "drop off" are verbs (round 45:
        // "should i drop down to part-time at work?")
        @"meds?|medicines?|medications?|medicament\w*|medikament\w*|medicijn\w*|farmac\w*|drugs?|supplements?|pills?|pillen|pil|" +
        @"pilules?|pilulas?|capsules?|capsul\w*|caps|kapseln?|tablets?|tabletten?|comprimid\w*|comprime\w*|compresse|gelul\w*|" +
        @"pastill\w*|pastigl\w*|cachets?|drops|drop(?!\s+(?:down|back|off|by|out)\b)|gotas|gouttes|tropfen|druppels|gocce|tinctures?|tea|tee|thee|tisane|chas?|syrup|sirup|jarabe|sirop|xarope|" +
        @"sciroppo|siroop|injections?|inyecci\w*|iniezion\w*|injectie\w*|spritzen?|ampoules?|ampull\w*|fiala|fiale|" +
        @"suppositor\w*|zapfchen|zetpil\w*|powder|pulver|polvo|poudre|poeder|polvere|" +
        @"hongos|setas|champis?|champignons?|pilze|pilzen|zauberpilz\w*|pilzpulver|pilzkapsel\w*|paddos?|funghi\w*|cogumelos?|truffels?|truffes?|trufas?|tartufi|tartufo|" +
        // French "thé" and Spanish or Italian "té" fold to "the" and "te", which are also the English article and a
        // pronoun: they count only after a word that makes them a drink
        @"(du|le|un|au|mon|ton|ce|de) the|(el|un|del|mi|al|il|di|mio) te|" +
        // doses, units and household measures; grams of a food measure nothing taken (round 58: "how many grams of protein
        // should i eat a day"), and food is never dosing
        @"doses?|dosing|dosage|dosis|dosi|dose\w*|microdos\w*|micro-?dos\w*|mikro-?dos\w*|mg|mcg|ug|µg|milligrams?|(?:grams?|gramm\w*|gramos?|grammes?|grammi)" + NotAFood + "|ml" + NotAFood + "|" +
        @"teaspoons?|tsp|tablespoons?|cucharadit\w*|colher\w*|cuillere\w*|teeloffel|theelepel|cucchiain\w*|" +
        // verbs of taking
        // "take a break", "take a nap" and "take it easy" take nothing (round 25: "how long before I should take a break?"
        // after a question about gardening was refused).
        // "how many fibro warriors does it take to change a lightbulb?" (round 74) takes nothing either.
        @"take(?!\s+(?:a\s+|the\s+|some\s+|my\s+|more\s+)?(?:breaks?|rest|rests|naps?|walks?|look|time|care|part|notes?|photos?|pictures?|bath|shower|turns|it\s+easy|days?\s+off)\b|\s+(?:it|them)\s+off\b|\s+to\s+(?:change|screw\s+in|fix|build|convince|finish|clean)\b)|"
        // "cleaning the bathroom takes me out for the whole day" and "it takes ages" take nothing (round 36); "she takes it
        // at night" does.
        + @"takes(?!\s+(?:me|us|you|ages|forever|hours|days|weeks|a\s+toll)\b)|"
        + @"taking(?!\s+(?:a\s+|the\s+|some\s+|more\s+)?(?:breaks?|rest|naps?|walks?|time|notes?|it\s+easy)\b)|took|swallow\w*|tomar|tomo|tome|toma|tomando|tomei|prendre|prends|prend|nehmen|nehme|nimmt|genommen|" +
        @"einnehmen|einnahme|schlucken|nemen|neem|innemen|ingenomen|slikken|prendere|prendo|assumere|assumo" +
        @")\b",
        RegexOptions.CultureInvariant)]
    private static partial Regex Pattern();

    /// <summary>What follows a unit of weight or volume when it measures a food or a drink: protein, sugar, fat, salt, water.</summary>
    private const string NotAFood =
        @"(?!\s+(?:of\s+|de\s+|di\s+|an\s+|aan\s+)?(?:protein\w*|proteina\w*|eiwit\w*|eiweiss|eiweis|sugar|suiker|azucar|acucar|zucker|sucre|zucchero|"
        + @"carbs|carbohydrates?|koolhydraten|kohlenhydrate\w*|glucides|carbohidratos|carboidrat\w*|fib(?:re|er)|fibra|ballaststoffe\w*|vezels|fibres|"
        + @"salt|salz|zout|sel|sal|sale|fat|fett|grasa|gordura|grassi|vet|vegetables|veg|fruit|rice|pasta|oats"
        // Millilitres of a drink measure nothing taken either ("how many ml of water should i drink in a day" was refused).
        + @"|water|agua|wasser|eau|acqua|fluids?|liquids?|milk|juice|soup)\b)";
}
