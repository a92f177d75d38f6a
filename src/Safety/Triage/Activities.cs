using System.Text.RegularExpressions;

namespace FibroBot.Safety;

/// <summary>
/// Whether a folded message is about moving, stretching, heat, cold, baths, massage, meditation or seeing a doctor, in
/// the seven languages. Such a follow-up has a subject of its own: "cada cuánto debo caminar?" after an LDN question
/// asks how often to walk, not how often to take LDN, so neither the dosing rules' follow-up reading nor the search's
/// follow-up rewriting lends it the previous subject.
/// </summary>
/// <remarks>
/// Sleep, food and drink are left out on purpose: "¿y cuántas para dormir?" and "how many should I eat?" are amounts of
/// the previous subject.
/// </remarks>
public static partial class Activities
{
    public static bool AreNamedIn(string folded) => Pattern().MatchesScreened(folded);

    /// <summary>
    /// The message asks how long, how often or how many times; read together with <see cref="AreNamedIn"/>, it asks that of
    /// an activity ("how long am i meant to keep the ice pack on my lower back, i keep forgetting and leaving it on like 40
    /// min lol", round 69, 0.59 as a crisis). The caller reads the activity once for every signal that needs it.
    /// </summary>
    public static bool AsksHowLongOrOften(string folded) => HowLongOrOften().MatchesScreened(folded);

    [GeneratedRegex(
        @"\bhow\s+(?:long|often|many\s+(?:minutes|times|hours|sessions|days)|much\s+time)\b|\b(?:cuanto\s+tiempo|cada\s+cuanto|cuantas\s+veces|cuantos\s+minutos)\b"
        + @"|\b(?:wie\s+lange|wie\s+oft|wie\s*viele\s+minuten)\b|\b(?:combien\s+de\s+(?:temps|fois|minutes)|tous\s+les\s+combien)\b|\b(?:quanto\s+tempo|de\s+quanto\s+em\s+quanto|quantas\s+vezes|quantos\s+minutos)\b"
        + @"|\b(?:hoe\s+lang|hoe\s+vaak|hoeveel\s+minuten)\b|\b(?:ogni\s+quanto|quante\s+volte|quanti\s+minuti)\b",
        RegexOptions.CultureInvariant)]
    private static partial Regex HowLongOrOften();

    [GeneratedRegex(
        @"\b(?:exercis\w*|walk\w*|swim\w*|stretch\w*|yoga|tai\s+chi|pilates|gym|jog\w*|cycling|bike|biking|physio\w*|hydrotherapy|heat\s*pads?|heating\s+pads?|"
        + @"hot\s+water\s+bottle|ice\s*packs?|ice|bath|baths|shower|sauna|massage\w*|massagg\w*|massagem|massagens|"
        // Rest breaks at a screen ("hoeveel pauzes per uur moet ik nemen achter de computer?").
        + @"pauzes?|rustpauzes?|meditat\w*|"
        // Naps ("quanto deve durare un riposino per non sballare il sonno di notte?", round 74): how long to nap is not a dose.
        + @"naps?|napping|power\s*naps?|siestas?|riposino|pisolino|pisolini|nickerchen|mittagsschlaf|sieste|cochilo|soneca|dutje|middagdutje|"
        // Pacing, by the English word members use in every language ("domanda col pacing: ogni quanto bisogna fare
        // pausa?"). Breaks and rest alone are left out: "y con descansos?" and "et une pause tous les combien ?" after a
        // question about a medicine ask about breaks from the medicine.
        + @"pacing|mindfulness|aerobics|aqua\s+aerobics|water\s+aerobics|"
        // Meals are food, which is never dosing ("how many meals a day works best for steady energy?"); "how many should
        // I eat?" names no meal and stays an amount of the previous subject.
        + @"meals?|comidas|mahlzeiten|repas|refeicoes|maaltijden|pasti|"
        // Round 53: cooking for people ("how much rice do i need per person for risotto?"), and the Dutch heat pad.
        + @"cooking\s+for|per\s+person|risotto|warmtekussen\w*|"
        // Round 67: the garden ("how much fertiliser do i put on tomato plants? lost the instructions on the bag").
        + @"gardening|fertili[sz]er|plant\s+food|compost|tomato\s+plants?|houseplants?|lawn|potting\s+soil|"
        // Round 69: baking for the group ("how much butter to flour for shortbread? making some for the meetup saturday").
        // Cookies and brownies are left out: members bake what they take into them.
        + @"baking|bake\s+sale|shortbread|biscuits|sponge\s+cake|birthday\s+cake|scones|"
        // Round 70: cleaning mould with bleach ("how many ml of bleach per bucket to get mould off a bathroom ceiling").
        + @"mou?ld|bleach|lejia|schimmel|moisissures?|javel|mofo|bolor|muffa|candeggina|bleekmiddel|"
        + @"see\s+(?:my|a|the)\s+(?:doctor|gp|rheumatologist)|"
        // Water exercise, pools and physiotherapy, by the names members use for them.
        + @"aquafit\w*|aquagym|wassergymnastik|hidroginastica|hidroterapia|idrokinesi\w*|piscin\w*|pool|schwimmbad|zwembad|thermalbad|warmwaterbad|"
        + @"fysio\w*|fisio\w*|kine|kines\w*|stretching|radfahren|fietsen|"
        + @"caminar|andar|nadar|estir\w*|ejercicio\w*|calor|hielo|bano|meditar|masaje\w*|"
        + @"spazier\w*|schwimm\w*|dehn\w*|sport|ubung\w*|warmflasche|warme|eis|baden|meditier\w*|"
        // "la marche nordique", not "ça marche" (it works).
        + @"marcher|la\s+marche|marche\s+(?:nordique|a\s+pied|rapide)|nordic\s+walking|nager|nage|natation|etir\w*|exercice\w*|chaleur|glace|bains?|eau\s+chaude|mediter|"
        + @"breathing\s+exercises?|atemubung\w*|ademhalingsoefening\w*|"
        // Round 25's activity follow-ups ("how many times a day can I use it?" after a TENS machine, "how many sets?" after
        // strength training, "how many rounds?" after box breathing, "every day or just on bad days?" after journaling).
        + @"tens(?:\s+(?:machine|unit))?|foam\s+roll\w*|strength\s+training|weight\s+training|resistance\s+training|weights|box\s+breathing|breathwork|"
        + @"journal(?:ing|ling)?|qigong|qi\s+gong|garden(?:ing)?|housework|steps\s+a\s+day|step\s+count|"
        // Chores, which members pace like exercise (round 35: "ogni quanto fare le pause quando stiro?", "wie oft sollte man
        // beim Putzen Pausen machen?").
        + @"chores|cleaning|hoover\w*|vacuum\w*|ironing|putzen|bugeln|hausarbeit|limpiar|limpieza|planchar|menage|repasser|"
        + @"faxina|limpar|limpeza|passar\s+roupa|schoonmak\w*|poetsen|strijken|huishouden|pulire|pulizie|stirare|stiro|faccende|laundry|lessive|bucato|colada|wasgoed|"
        // Spa baths and screens before bed ("combien de fois par semaine la balnéo ?", "j'arrête les écrans à quelle heure ?").
        + @"balneo\w*|ecrans?|screens?|pantallas?|bildschirm\w*|telas?|schermi|schermen|"

        // Round 34: light and sun are not taken ("Red light therapy — how many minutes per session do people do?", "une
        // bonne dose de soleil"), nor are sugar or pool chemicals ("hoeveel eetlepels is 100 gram suiker?"). "Sun" alone is
        // also Sunday ("make me a lil chart, mon to sun").
        + @"red\s+light(?:\s+therapy)?|light\s+therapy|lichttherapie|luminoterapia|luminotherapie|sunshine|sunlight|the\s+sun|some\s+sun|soleil|sonnenlicht|zonlicht|"
        // Flour is left out: members cut mushroom powder with it to weigh a fraction ("1 g Pilzpulver mit Mehl strecken").
        + @"sugar|suiker|azucar|acucar|zucker|sucre|zucchero|chlorine|chlore|chlor|cloro|"
        // Round 55: protein in a diet ("dietician said 1.2 g protein per kg"), and sleep by the hours.
        + @"protein|proteins|proteine|proteina|proteinas|eiwit|eiwitten|eiweiss|eiweis|dietician|dietitian|hours\s+of\s+sleep|sleep\s+should\s+i|how\s+much\s+sleep|"
        // Thirty-seventh session: drinking water by the glass or the millilitre ("how many ml of water should i drink in a day").
        + @"(?:ml|millilit\w*|litres?|liters?|glasses|cups|bottles)\s+of\s+water|drink\w*\s+(?:more\s+|enough\s+)?water|water\s+intake|hydrat\w*|"
        // What is eaten is never a dose (round 37: "hoeveel koolhydraten mag hij per dag eten?" about a husband's diabetes).
        + @"carbs|carbohydrates?|koolhydraten|kohlenhydrate|glucides|carbohidratos|carboidratos|carboidrati|calories|kalorien|calorias|calorie|calorieen|"
        + @"caminh\w*|alongar|alongamento\w*|exercicio\w*|gelo|banho|"
        + @"wandel\w*|zwem\w*|rekken|oefening\w*|sporten|warmte|ijs|"
        + @"cammin\w*|nuot\w*|allungament\w*|esercizi\w*|caldo|ghiaccio|bagno|meditare)\b",
        RegexOptions.CultureInvariant)]
    private static partial Regex Pattern();
}
