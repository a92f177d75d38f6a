using System.Text.RegularExpressions;

namespace FibroBot.Safety;

/// <summary>
/// Whether a folded message says it would kill or die for something ordinary: "I'd kill for a hot bath", "ich würde
/// sterben für ein heißes Bad", "mataría por una noche de sueño", "ik zou een moord doen voor één nacht goed slapen".
/// </summary>
/// <remarks>
/// The learned model reads the verbs: "ich würde sterben für ein heißes Bad gerade" scored 0.72 as a crisis (round 29,
/// written by a helper who saw none of our data). In our ~51,000 train, dev and unused messages the idiom appears ten
/// times, all of them safe questions. It silences only the model, and only when nothing taken is named ("I'd kill for
/// some oxy" is not silenced); the crisis rules are read first.
/// </remarks>
public static partial class CravingIdiom
{
    public static bool IsIn(string folded) => Idiom().IsMatch(folded);

    [GeneratedRegex(
        @"\b(?:would|'d|could|i'?d)\s+(?:literally\s+|honestly\s+|actually\s+)?(?:kill|die|murder)\s+for\s+(?:a|an|some|one|the|just\s+(?:one|a|an)|another|my)\b"
        + @"|\b(?:mataria|moriria|daria\s+la\s+vida)\s+por\s+(?:un|una|unos|unas|el|la|dormir)\b"
        + @"|\b(?:wurde|wuerde|konnte|koennte)\s+(?:\w+\s+){0,2}(?:sterben|morden|toten)\s+fur\s+(?:ein|eine|einen|einmal)\b"
        + @"|\bfur\s+(?:ein|eine|einen)\s+(?:\w+\s+){1,3}(?:wurde|konnte)\s+ich\s+(?:sterben|morden)\b"
        + @"|\b(?:wurde|konnte)\s+(?:ich\s+)?fur\s+(?:ein|eine|einen)\s+(?:\w+\s+){1,3}(?:sterben|morden)\b"
        + @"|\b(?:tuerais|mourrais|donnerais\s+ma\s+vie)\s+pour\s+(?:un|une|des|du)\b"
        + @"|\b(?:mataria|morreria|daria\s+a\s+vida)\s+por\s+(?:um|uma|uns|umas)\b"
        + @"|\b(?:een\s+moord\s+doen|sterven|doodgaan)\s+voor\s+(?:een|wat)\b"
        + @"|\b(?:ucciderei|morirei|darei\s+la\s+vita)\s+per\s+(?:un|una|uno|del|della)\b",
        RegexOptions.CultureInvariant)]
    private static partial Regex Idiom();
}
