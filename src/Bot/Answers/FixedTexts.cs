namespace FibroBot.Answers;

/// <summary>
/// The one reviewed place for every fixed text the bot shows: disclaimers, refusals, crisis guidance,
/// the redaction marker and canned replies. Change wording here only after review.
/// </summary>
public static class FixedTexts
{
    public const string DoseRedactionMarker =
        "[Dose details left out: this bot does not share amounts or schedules. A prescriber or pharmacist can advise on dosing.]";
}
