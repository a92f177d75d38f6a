namespace FibroBot.Safety.Tests;

/// <summary>The written policy, as a pure function of what the rules found and what the model scored.</summary>
public sealed class DecisionPolicyTests
{
    private static readonly TriageThresholds Thresholds = new(Crisis: 0.4, Dosing: 0.9, DosingWithSubject: 0.75, DosingWithRule: 0.3, SmallTalk: 0.5, OffTopic: 0.5);

    private static TriageSignals Signals(
        double crisis = 0, double dosing = 0, double question = 1, double smallTalk = 0, double offTopic = 0,
        bool crisisRule = false, bool dosingRule = false, bool taken = false, bool hasWords = true, TriageOutcome? command = null, string? language = null, bool follows = false,
        bool followUpRule = false, bool noAmount = false, bool fragment = false) =>
        new(crisisRule, dosingRule, taken, hasWords, command, new TriageScores(crisis, dosing, question, smallTalk, offTopic), language, follows, followUpRule, noAmount, fragment);

    [Fact]
    public void A_sure_dose_ask_outranks_a_weak_crisis_reading_of_the_model_only()
    {
        var thresholds = Thresholds with { SureDoseAsk = new SureDoseAsk(CrisisBelow: 0.8, DosingAtLeast: 0.95) };

        // "pain at 9, I can't take it, how many paracetamol at once?": crisis 0.5 reaches the bar, dosing 0.97 is sure.
        var sure = SafetyTriage.Decide(Signals(crisis: 0.5, dosing: 0.97, question: 0.0), thresholds);
        Assert.Equal(TriageOutcome.DosingRequest, sure.Outcome);
        Assert.Equal("dosing model over a weak crisis reading", sure.Reason);

        // Without the card's pair, with a strong crisis reading, with a dosing reading short of the floor, or with a
        // crisis rule, crisis comes first.
        Assert.Equal(TriageOutcome.Crisis, SafetyTriage.Decide(Signals(crisis: 0.5, dosing: 0.97, question: 0.0), Thresholds).Outcome);
        Assert.Equal(TriageOutcome.Crisis, SafetyTriage.Decide(Signals(crisis: 0.85, dosing: 0.97, question: 0.0), thresholds).Outcome);
        Assert.Equal(TriageOutcome.Crisis, SafetyTriage.Decide(Signals(crisis: 0.5, dosing: 0.9, question: 0.0), thresholds).Outcome);
        Assert.Equal(TriageOutcome.Crisis, SafetyTriage.Decide(Signals(crisis: 0.5, dosing: 0.97, question: 0.0, crisisRule: true), thresholds).Outcome);

        // When no dosing bar refuses it after all (a question about harms only), the crisis reading stands.
        Assert.Equal(TriageOutcome.Crisis, SafetyTriage.Decide(Signals(crisis: 0.5, dosing: 0.97, question: 0.0, noAmount: true), thresholds).Outcome);
    }

    [Fact]
    public void A_fragment_is_refused_for_its_shape_only_after_something_taken()
    {
        var thresholds = Thresholds with { DosingFollowUp = 0.6 };

        // "and on a bad flare day?" scores high as dosing wherever it comes; alone it asks nothing.
        Assert.Equal(TriageOutcome.Question, SafetyTriage.Decide(Signals(dosing: 0.95, question: 0.05, fragment: true), thresholds).Outcome);
        Assert.Equal(TriageOutcome.DosingRequest, SafetyTriage.Decide(Signals(dosing: 0.95, question: 0.05), thresholds).Outcome);

        // After a message about something taken, or naming one, or with a dosing rule, it is judged as before.
        Assert.Equal("dosing model", SafetyTriage.Decide(Signals(dosing: 0.95, question: 0.05, fragment: true, follows: true), thresholds).Reason);
        Assert.Equal("dosing model", SafetyTriage.Decide(Signals(dosing: 0.95, question: 0.05, fragment: true, taken: true), thresholds).Reason);
        Assert.Equal("dosing rule", SafetyTriage.Decide(Signals(dosing: 0.95, question: 0.05, fragment: true, dosingRule: true), thresholds).Reason);

        // Crisis still comes first.
        Assert.Equal(TriageOutcome.Crisis, SafetyTriage.Decide(Signals(crisis: 0.5, dosing: 0.4, question: 0.1, fragment: true), thresholds).Outcome);
    }

    [Fact]
    public void After_a_message_about_something_taken_a_follow_up_meets_a_lower_dosing_bar()
    {
        var thresholds = Thresholds with { DosingFollowUp = 0.2 };

        // "and for a beginner?": alone a question; after "how much kratom…?" a request for an amount of it.
        Assert.Equal(TriageOutcome.Question, SafetyTriage.Decide(Signals(dosing: 0.3, question: 0.7), thresholds).Outcome);
        var followUp = SafetyTriage.Decide(Signals(dosing: 0.3, question: 0.7, follows: true), thresholds);
        Assert.Equal(TriageOutcome.DosingRequest, followUp.Outcome);
        Assert.Equal("dosing follow-up", followUp.Reason);

        // The model must still see some dosing in the follow-up itself.
        Assert.Equal(TriageOutcome.Question, SafetyTriage.Decide(Signals(dosing: 0.1, question: 0.9, follows: true), thresholds).Outcome);

        // Crisis still comes first.
        Assert.Equal(TriageOutcome.Crisis, SafetyTriage.Decide(Signals(crisis: 0.5, dosing: 0.3, question: 0.2, follows: true), thresholds).Outcome);
    }

    [Fact]
    public void A_follow_up_that_a_dosing_rule_reads_with_the_previous_subject_meets_the_lowest_bar()
    {
        var thresholds = Thresholds with { DosingFollowUp = 0.6, DosingFollowUpWithRule = 0.05 };

        // "how much a day is safe?" after a question about kratom: the rule reads it as an amount of kratom.
        var followUp = SafetyTriage.Decide(Signals(dosing: 0.1, question: 0.9, follows: true, followUpRule: true), thresholds);
        Assert.Equal(TriageOutcome.DosingRequest, followUp.Outcome);
        Assert.Equal("dosing follow-up rule", followUp.Reason);

        // Alone, or without the rule's reading, the same scores are a question; the model must still see some dosing.
        Assert.Equal(TriageOutcome.Question, SafetyTriage.Decide(Signals(dosing: 0.1, question: 0.9, followUpRule: true), thresholds).Outcome);
        Assert.Equal(TriageOutcome.Question, SafetyTriage.Decide(Signals(dosing: 0.1, question: 0.9, follows: true), thresholds).Outcome);
        Assert.Equal(TriageOutcome.Question, SafetyTriage.Decide(Signals(dosing: 0.01, question: 0.99, follows: true, followUpRule: true), thresholds).Outcome);

        // A card without the bar uses the lower of the follow-up bar and the rule bar.
        Assert.Equal(Thresholds.DosingWithRule, (Thresholds with { DosingFollowUp = 0.6 }).DosingFollowUpWithRuleBar);
        Assert.Equal(0.2, (Thresholds with { DosingFollowUp = 0.2 }).DosingFollowUpWithRuleBar);
    }

    [Fact]
    public void A_question_about_harms_or_benefits_that_asks_no_amount_is_not_refused_on_the_models_word()
    {
        var thresholds = Thresholds with { DosingFollowUp = 0.6 };

        // "ok what are the risks then": the model reads the shape of a dose follow-up.
        Assert.Equal(TriageOutcome.Question, SafetyTriage.Decide(Signals(dosing: 0.96, question: 0.04, noAmount: true), thresholds).Outcome);
        Assert.Equal(TriageOutcome.Question, SafetyTriage.Decide(Signals(dosing: 0.96, question: 0.04, taken: true, follows: true, noAmount: true), thresholds).Outcome);
        Assert.Equal(TriageOutcome.DosingRequest, SafetyTriage.Decide(Signals(dosing: 0.96, question: 0.04), thresholds).Outcome);

        // A dosing rule that fires still refuses, and crisis still comes first.
        Assert.Equal(TriageOutcome.DosingRequest, SafetyTriage.Decide(Signals(dosing: 0.96, question: 0.04, dosingRule: true, noAmount: true), thresholds).Outcome);
        Assert.Equal(TriageOutcome.Crisis, SafetyTriage.Decide(Signals(crisis: 0.5, dosing: 0.4, question: 0.1, noAmount: true), thresholds).Outcome);
    }

    [Fact]
    public void A_card_without_a_follow_up_bar_uses_the_bar_for_a_named_taken_thing()
    {
        Assert.Equal(Thresholds.DosingWithSubject, Thresholds.DosingFollowUpBar);
        Assert.Equal(TriageOutcome.Question, SafetyTriage.Decide(Signals(dosing: 0.7, question: 0.3, follows: true), Thresholds).Outcome);
        Assert.Equal(TriageOutcome.DosingRequest, SafetyTriage.Decide(Signals(dosing: 0.8, question: 0.2, follows: true), Thresholds).Outcome);
    }

    [Fact]
    public void A_language_with_its_own_crisis_bar_escalates_lower_and_never_higher()
    {
        var thresholds = Thresholds with { CrisisByLanguage = new Dictionary<string, double> { ["it"] = 0.2, ["de"] = 0.9, ["pt"] = 0.001 } };

        Assert.Equal(TriageOutcome.Crisis, SafetyTriage.Decide(Signals(crisis: 0.25, question: 0.75, language: "it"), thresholds).Outcome);
        Assert.Equal(TriageOutcome.Question, SafetyTriage.Decide(Signals(crisis: 0.25, question: 0.75, language: "en"), thresholds).Outcome);
        Assert.Equal(TriageOutcome.Question, SafetyTriage.Decide(Signals(crisis: 0.25, question: 0.75), thresholds).Outcome);

        // A language bar above the general one is ignored, and none goes below the lowest bar.
        Assert.Equal(TriageOutcome.Crisis, SafetyTriage.Decide(Signals(crisis: 0.45, question: 0.55, language: "de"), thresholds).Outcome);
        Assert.Equal(TriageOutcome.Question, SafetyTriage.Decide(Signals(crisis: TriageThresholds.LowestCrisisBar / 2, question: 0.9, language: "pt"), thresholds).Outcome);
    }

    [Fact]
    public void Crisis_rule_wins_over_a_confident_dosing_model() =>
        Assert.Equal(TriageOutcome.Crisis, SafetyTriage.Decide(Signals(dosing: 0.99, question: 0, crisisRule: true, taken: true), Thresholds).Outcome);

    [Fact]
    public void Crisis_model_above_its_threshold_wins_over_a_dosing_rule() =>
        Assert.Equal(TriageOutcome.Crisis, SafetyTriage.Decide(Signals(crisis: 0.45, dosing: 0.5, question: 0.05, dosingRule: true, taken: true), Thresholds).Outcome);

    [Fact]
    public void Crisis_model_below_its_threshold_does_not_escalate() =>
        Assert.Equal(TriageOutcome.Question, SafetyTriage.Decide(Signals(crisis: 0.39, question: 0.61), Thresholds).Outcome);

    [Fact]
    public void Without_something_taken_the_model_needs_its_high_bar_to_refuse()
    {
        // "how many times a week should I swim?": dosing-shaped, but nothing is taken.
        Assert.Equal(TriageOutcome.Question, SafetyTriage.Decide(Signals(dosing: 0.8, question: 0.2), Thresholds).Outcome);
        Assert.Equal(TriageOutcome.DosingRequest, SafetyTriage.Decide(Signals(dosing: 0.8, question: 0.2, taken: true), Thresholds).Outcome);
        Assert.Equal(TriageOutcome.DosingRequest, SafetyTriage.Decide(Signals(dosing: 0.95, question: 0.05), Thresholds).Outcome);
    }

    [Fact]
    public void A_dosing_rule_lowers_the_bar_but_does_not_refuse_alone()
    {
        Assert.Equal(TriageOutcome.DosingRequest, SafetyTriage.Decide(Signals(dosing: 0.35, question: 0.65, dosingRule: true), Thresholds).Outcome);
        Assert.Equal(TriageOutcome.Question, SafetyTriage.Decide(Signals(dosing: 0.1, question: 0.9, dosingRule: true), Thresholds).Outcome);
    }

    [Fact]
    public void Commands_are_read_only_after_safety()
    {
        Assert.Equal(TriageOutcome.Help, SafetyTriage.Decide(Signals(command: TriageOutcome.Help), Thresholds).Outcome);
        Assert.Equal(TriageOutcome.Crisis, SafetyTriage.Decide(Signals(crisis: 0.9, question: 0.1, command: TriageOutcome.Help), Thresholds).Outcome);
    }

    [Fact]
    public void Small_talk_and_off_topic_need_the_model_to_be_sure()
    {
        Assert.Equal(TriageOutcome.SmallTalk, SafetyTriage.Decide(Signals(question: 0.3, smallTalk: 0.7), Thresholds).Outcome);
        Assert.Equal(TriageOutcome.OffTopic, SafetyTriage.Decide(Signals(question: 0.3, offTopic: 0.7), Thresholds).Outcome);
        Assert.Equal(TriageOutcome.Question, SafetyTriage.Decide(Signals(question: 0.55, offTopic: 0.45), Thresholds).Outcome);
    }

    [Fact]
    public void Empty_messages_are_empty_once_safety_is_clear() =>
        Assert.Equal(TriageOutcome.Empty, SafetyTriage.Decide(Signals(hasWords: false), Thresholds).Outcome);

    [Fact]
    public void The_model_is_not_trusted_on_a_message_without_words_but_the_rules_are()
    {
        // An empty or control-character message scores whatever the model makes of nothing; the crisis bar is low.
        Assert.Equal(TriageOutcome.Empty, SafetyTriage.Decide(Signals(crisis: 0.6, question: 0.4, hasWords: false), Thresholds).Outcome);
        Assert.Equal(TriageOutcome.Crisis, SafetyTriage.Decide(Signals(crisis: 0.6, question: 0.4, hasWords: false, crisisRule: true), Thresholds).Outcome);
    }

    [Fact]
    public void Strongest_window_carries_the_highest_risk_of_any_window()
    {
        var calm = new TriageScores(0.05, 0.05, 0.8, 0.05, 0.05);
        var risky = new TriageScores(0.7, 0.1, 0.1, 0.05, 0.05);

        var strongest = TriageScores.Strongest([calm, risky, calm]);

        Assert.Equal(0.7, strongest.Crisis);
        Assert.Equal(0.1, strongest.Dosing);
        Assert.Equal(TriageOutcome.Crisis, SafetyTriage.Decide(Signals() with { Scores = strongest }, Thresholds).Outcome);
    }
}
