using FibroBot.Safety;

namespace FibroBot.Tests.Safety;

/// <summary>Thirty-second session: asking ahead of time how to recognise an overdose, for a relative or in general.</summary>
public sealed class OverdoseSignsQuestionTests
{
    [Theory]
    [InlineData("what are the signs of an opioid overdose? my dad is on oxycodone and lives alone")]
    [InlineData("how would i know if my mum is taking too much of her amitriptyline? want to be prepared")]
    [InlineData("¿cuáles son las señales de una sobredosis de tramadol? mi padre lo toma a diario")]
    [InlineData("woran erkennt man eine Überdosis bei Kratom? mein Bruder nimmt das täglich")]
    [InlineData("quels sont les signes d'une surdose de prégabaline ? ma mère en prend")]
    [InlineData("quais são os sinais de overdose de morfina? minha avó toma e quero estar preparada")]
    [InlineData("wat zijn de signalen van een overdosis bij oxycodon? mijn vriend gebruikt het")]
    [InlineData("quali sono i segni di un'overdose da oppioidi? mia madre prende tapentadolo")]
    public void A_question_asked_ahead_about_overdose_signs_is_recognised(string message) =>
        Assert.True(OverdoseSignsQuestions.AsksAheadHowToRecogniseOne(SafetyText.Normalize(message)), message);

    [Theory]
    // Something taken, or happening now.
    [InlineData("what are the signs of an overdose? my husband took a whole strip of his pills")]
    [InlineData("what are the signs of overdose, she's not breathing properly right now")]
    [InlineData("señales de una sobredosis? mi hermano se tomó todas las pastillas")]
    [InlineData("woran erkennt man eine Überdosis, er hat gerade alles geschluckt")]
    // Asked about oneself.
    [InlineData("what would the symptoms of an overdose be if i took all of them")]
    // Not about an overdose at all.
    [InlineData("what are the signs of a fibro flare coming on?")]
    public void Something_happening_now_asked_for_oneself_or_another_question_is_not(string message) =>
        Assert.False(OverdoseSignsQuestions.AsksAheadHowToRecogniseOne(SafetyText.Normalize(message)), message);
}
