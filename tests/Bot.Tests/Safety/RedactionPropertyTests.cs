using FibroBot.Safety;
using FsCheck;
using FsCheck.Fluent;

namespace FibroBot.Tests.Safety;

/// <summary>
/// Property: whatever mix of prose and dose phrases a passage holds, no dose or schedule survives redaction,
/// and prose without dose language comes through unchanged.
/// </summary>
public sealed class RedactionPropertyTests
{
    private static readonly string[] ProseSentences =
    [
        "Fibromyalgia causes widespread pain and fatigue.",
        "A 12-week trial enrolled 31 people in 2017.",
        "About 60% of participants reported less pain in the phase 2 study.",
        "7-OH is one of the alkaloids in kratom.",
        "Regulators have warned about kratom products.",
        "Microdosing means taking small amounts of a psychedelic.",
        "Low dose naltrexone is a prescription medicine.",
        "Psychedelics are Schedule I substances in the US.",
        "Fatigue can limit daily activities.",
        "Talk to a healthcare professional before changing treatment.",
        "The evidence is mixed and the studies were small.",
        "Some people report vivid dreams.",
    ];

    private static readonly string[] Numbers =
        ["1", "4.5", "0.1", ".5", "1,5", "10", "250", "1/2", "½", "one", "two", "three", "twenty", "a half", "four point five", "one and a half"];

    private static readonly string[] Units =
        ["mg", "milligrams", "mcg", "µg", "μg", "ug", "micrograms", "g", "grams", "ml", "capsules", "tabs", "drops", "teaspoons"];

    private static readonly string[] Schedules =
    [
        "once daily", "twice a week", "three times a day", "every three days", "every other day", "every 72 hours",
        "5 days on 2 off", "one day on, two days off", "Monday/Thursday", "Mondays and Thursdays", "at bedtime",
        "2 weeks off", "once per day", "taken nightly",
    ];

    private static readonly string[] Frames =
        ["Patients took {0}.", "The usual amount was {0}.", "Some guides suggest {0} for beginners.", "{0} was common", "Try {0}!"];

    private static Gen<string> AmountGen =>
        from number in Gen.Elements(Numbers)
        from unit in Gen.Elements(Units)
        from space in Gen.Elements("", " ", "-")
        from range in Gen.Elements("", "1 to ", "2-", "0.5 or ")
        select range + number + space + unit;

    private static Gen<string> DoseSentenceGen =>
        from phrase in Gen.OneOf(AmountGen, Gen.Elements(Schedules))
        from frame in Gen.Elements(Frames)
        select string.Format(System.Globalization.CultureInfo.InvariantCulture, frame, phrase);

    private static Gen<string> PassageGen =>
        from count in Gen.Choose(1, 8)
        from parts in Gen.ListOf(Gen.OneOf(Gen.Elements(ProseSentences), DoseSentenceGen), count)
        from separator in Gen.Elements(" ", "\n", "  ", "\n\n")
        select string.Join(separator, parts);

    [Fact]
    public void No_dose_language_survives_redaction_of_generated_passages()
    {
        Prop.ForAll(
                PassageGen.ToArbitrary(),
                passage => !DoseLanguage.ContainsDoseOrSchedule(DoseRedactor.Redact(passage).Text))
            .QuickCheckThrowOnFailure();
    }

    [Fact]
    public void Every_generated_dose_sentence_is_recognised()
    {
        Prop.ForAll(DoseSentenceGen.ToArbitrary(), static sentence => DoseLanguage.ContainsDoseOrSchedule(sentence))
            .QuickCheckThrowOnFailure();
    }

    [Fact]
    public void Dose_free_prose_is_unchanged()
    {
        var proseGen =
            from count in Gen.Choose(1, 8)
            from parts in Gen.ListOf(Gen.Elements(ProseSentences), count)
            from separator in Gen.Elements(" ", "\n", "\n\n")
            select string.Join(separator, parts);

        Prop.ForAll(proseGen.ToArbitrary(), static (string prose) =>
            {
                var result = DoseRedactor.Redact(prose);
                return result.Text == prose && result.Redactions == 0;
            })
            .QuickCheckThrowOnFailure();
    }

    [Fact]
    public void No_dose_language_survives_redaction_of_any_seed_passage()
    {
        foreach (var file in Directory.EnumerateFiles(TestPaths.Seeds, "*.txt"))
        {
            // Passages as a chunker would cut them: paragraphs, and windows of a few lines.
            var lines = File.ReadAllLines(file);
            for (var size = 1; size <= 4; size++)
            {
                for (var start = 0; start < lines.Length; start++)
                {
                    var passage = string.Join('\n', lines.Skip(start).Take(size));
                    var redacted = DoseRedactor.Redact(passage).Text;
                    Assert.False(DoseLanguage.ContainsDoseOrSchedule(redacted), $"{Path.GetFileName(file)}: {redacted}");
                }
            }
        }
    }
}
