namespace FibroBot.Answers;

/// <summary>
/// The one reviewed place for every fixed text the bot shows: disclaimers, refusals, crisis guidance,
/// the redaction marker and canned replies. Change wording here only after review.
/// </summary>
public static class FixedTexts
{
    public const string DoseRedactionMarker =
        "[Dose details left out: this bot does not share amounts or schedules. A prescriber or pharmacist can advise on dosing.]";

    public const string ModeratorsOnly =
        "Sorry, reports and exports are only for this group's moderators. If you moderate this group, ask the person who runs the bot to add you to its moderator list.";

    public const string ModeratorDaysInvalid =
        "Please give the number of days as a whole number from 1 to 366, for example: report 30";
}
