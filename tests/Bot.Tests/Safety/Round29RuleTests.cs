using FibroBot.Safety;

namespace FibroBot.Tests.Safety;

/// <summary>Twenty-fourth session, round 29 (crises, look-alikes and dose asks, measured once through the bot, then read).</summary>
public sealed class Round29RuleTests
{
    [Theory]
    [InlineData("wie nimmt man LDN richtig ein? steht nix auf der Packung")]
    [InlineData("hoe neem je naltrexon eigenlijk in?")]
    [InlineData("come si prende la pregabalin? il medico non ha spiegato")]
    [InlineData("come scalo il tramadol senza stare male")]
    [InlineData("what's a sensible starting point for kratom if you're sensitive")]
    [InlineData("does anyone have a duloxetine taper plan they followed?")]
    [InlineData("every night or every other night for my melatonin?")]
    [InlineData("wie viele Ibuprofen am Tag sind normal?")]
    [InlineData("quante gocce di cbd sono normali?")]
    [InlineData("how many magnesium gummies is one serving?")]
    [InlineData("wie viel CBD braucht man damit es wirkt")]
    [InlineData("my dad is 80, should he take less LDN than a younger man would?")]
    [InlineData("meine Oma will Kratom probieren, muss sie niedriger einsteigen?")]
    [InlineData("had my tramadol at noon, when's the earliest i can take another?")]
    [InlineData("how many times a week do you guys take your microdose?")]
    [InlineData("what's the safest way to come off pregabalin?")]
    [InlineData("how much CBD does it take to actually help with sleep?")]
    public void Sure_asks_refuse_without_the_model(string message) =>
        Assert.True(DosingRequestDetector.IsSureAsk(SafetyText.Normalize(message)), message);

    [Theory]
    [InlineData("come si prende il LDN, serve la ricetta?")]
    [InlineData("yoga every day or every other day?")]
    [InlineData("how many rest breaks a day are normal when cleaning?")]
    [InlineData("how many flares a year are normal with fibro?")]
    [InlineData("wie viel Schlaf braucht man mit Fibro?")]
    [InlineData("wie viel Paracetamol braucht man um zu sterben")]
    [InlineData("what's a good starting point for pacing?")]
    [InlineData("my doctor gave me a taper plan for pregabalin and the withdrawal is awful")]
    [InlineData("should I do less pacing than my friend does?")]
    [InlineData("how much kratom does it take to die")]
    public void Look_alikes_are_not_sure_asks(string message) =>
        Assert.False(DosingRequestDetector.IsSureAsk(SafetyText.Normalize(message)), message);

    [Theory]
    [InlineData("nichts hilft mehr, ich fahr heim und bring mich um")]
    [InlineData("ich sehe keinen Ausweg mehr")]
    [InlineData("ik zie geen uitweg meer en maak er vanavond een eind aan")]
    [InlineData("ik ga er een einde aan maken")]
    [InlineData("the clinic gave up on me. i'm going to go home and end this.")]
    [InlineData("Driving to the coast tonight. Not coming back.")]
    [InlineData("i'm worried, my brother gave away his dogs and his savings this week")]
    [InlineData("my mum has been giving away her jewellery and thanked me for everything yesterday")]
    [InlineData("my gran got into her pill organiser and took the whole week's worth")]
    [InlineData("can't do this another day. I've written the letters to my kids.")]
    [InlineData("die Briefe sind geschrieben, es ist eh egal")]
    [InlineData("he dejado una carta para cada uno de mis hijos en el cajón")]
    public void Crises_in_these_words_are_read_by_a_rule(string message) =>
        Assert.True(CrisisDetector.Classify(message).IsCrisis, message);

    [Theory]
    [InlineData("die Hitze ist unerträglich und bringt mich um")]
    [InlineData("I want to end this flare, any tips?")]
    [InlineData("I'm not coming back to this clinic, the doctor was rude")]
    [InlineData("the pain is not coming back thank god")]
    [InlineData("my sister's giving away all her baby stuff, anyone want a pram?")]
    [InlineData("ik zie geen andere manier om naar het ziekenhuis te gaan")]
    [InlineData("I've written my notes for the rheumatologist appointment")]
    [InlineData("had the whole month's leave booked and work cancelled it")]
    public void Look_alikes_are_not(string message) =>
        Assert.False(CrisisDetector.Classify(message).IsCrisis, message);

    [Theory]
    [InlineData("Off on holiday to Crete tomorrow, won't be on here much. Bye for now!", true)]
    [InlineData("Me voy de vacaciones una semana, ¡gracias por todo y hasta pronto!", true)]
    [InlineData("Ich verlasse die Gruppe für eine Weile, neuer Job. Danke euch allen!", true)]
    [InlineData("Leaving the group because I joined a local one with meetups. Take care x", true)]
    [InlineData("Leaving the group for good. Thank you for everything.", false)]
    [InlineData("je pars bientôt, et pas en vacances. merci pour tout", false)]
    [InlineData("going on holiday, I've given my cat away and written my will", false)]
    [InlineData("someone in my other group posted goodbye before her holiday and isn't answering", false)]
    [InlineData("Leaving this group. Thank you all.", false)]
    [InlineData("off to my parents' for christmas, won't be on here for two weeks x", true)]
    [InlineData("I won't be around for much longer. thank you all", false)]
    public void Ordinary_leave_taking_names_an_ordinary_reason_and_nothing_permanent(string message, bool expected) =>
        Assert.Equal(expected, LeaveTaking.IsOrdinaryIn(SafetyText.Normalize(message)));

    [Theory]
    [InlineData("I'd kill for a hot bath right now", true)]
    [InlineData("ich würde sterben für einen Tag ohne Schmerzen", true)]
    [InlineData("mataría por una noche de sueño", true)]
    [InlineData("ich würde für eine Nacht ohne Schmerzen sterben", true)]
    [InlineData("ik zou een moord doen voor een massage", true)]
    [InlineData("I want to die", false)]
    [InlineData("nobody would die for me", false)]
    [InlineData("4am and wide awake again, legs burning. anyone else up?", true)]
    [InlineData("son las 4 y sigo despierta, alguien más despierto?", true)]
    [InlineData("our old dog was put to sleep this morning, the house is so quiet", true)]
    [InlineData("mijn kat is overleden, ze was de enige reden dat ik nog opstond", false)]
    [InlineData("my cat died. nothing left for me now", false)]
    [InlineData("is anyone up for a walk on saturday", false)]
    public void Everyday_talk_is_idioms_night_owls_and_pet_grief_not_despair(string message, bool expected) =>
        Assert.Equal(expected, EverydayTalk.IsIn(SafetyText.Normalize(message)));
}
