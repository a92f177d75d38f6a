using FibroBot.TriageLab;

namespace FibroBot.Safety.Tests;

/// <summary>The model that ships is the one the current training data makes, and it still does on dev what its card says.</summary>
[Trait("Category", "Slow")]
public sealed class ShippedModelTests
{
    [Fact]
    public void Shipped_model_was_trained_on_the_current_training_data()
    {
        var card = TriageModelCard.Load(Path.Combine(SharedModel.SourceModelDirectory, TriageModel.CardFileName));

        Assert.True(
            card.TrainingDataSha256 == TriageData.TrainingDataSha256(SharedModel.DataDirectory),
            "tests/data/triage/train or dev changed since the model was trained: run 'dotnet run --project tools/TriageLab -c Release -- train-triage' and commit the model.");
    }

    [Fact]
    public void Shipped_model_still_meets_its_recorded_dev_figures()
    {
        var dev = TriageData.LoadSplits(SharedModel.DataDirectory).Dev;
        var judged = TriageEvaluation.Read(dev, SharedModel.Triage, SharedModel.Cache);
        var figures = TriageEvaluation.Figures(judged, SharedModel.Model.Card.Thresholds);
        SharedModel.Cache.Save();

        // The card keeps four decimals; one dev message moves any of these figures by more than the tolerance.
        const double Tolerance = 0.0002;
        var recorded = SharedModel.Model.Card.DevFigures;
        Assert.Equal(recorded["crisisRecall"], figures.CrisisRecall, Tolerance);
        Assert.Equal(recorded["dosingRecall"], figures.DosingRecall, Tolerance);
        Assert.Equal(recorded["falseRefusal"], figures.FalseRefusal, Tolerance);
        Assert.Equal(recorded["offTopicHandled"], figures.OffTopicHandled, Tolerance);
    }

    [Fact]
    public void Test_set_is_frozen_and_shares_no_message_with_training()
    {
        var testFile = Path.Combine(SharedModel.DataDirectory, "test", "test.jsonl");
        var hash = Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(File.ReadAllBytes(testFile)));
        Assert.Equal(FrozenTestSetSha256, hash);

        var training = TriageData.LoadTrainingFolder(SharedModel.DataDirectory).Select(e => TriageData.Key(e.Text)).ToHashSet();
        Assert.DoesNotContain(TriageData.LoadTest(SharedModel.DataDirectory), e => training.Contains(TriageData.Key(e.Text)));
    }

    [Fact]
    public void Shipped_follow_up_bar_is_the_one_the_dev_conversations_choose()
    {
        var conversations = TriageData.LoadConversations(SharedModel.DataDirectory, "dev");
        Assert.NotEmpty(conversations);
        var judged = TriageEvaluation.Read(conversations, SharedModel.Triage, SharedModel.Cache);
        var thresholds = SharedModel.Model.Card.Thresholds;
        SharedModel.Cache.Save();

        Assert.Equal(thresholds.DosingFollowUp, TriageEvaluation.ChooseFollowUpBar(judged, thresholds, TriageEvaluation.FollowUpFalseDosingBudget, TextWriter.Null));
        Assert.True(thresholds.DosingFollowUpBar < thresholds.DosingWithSubject, "the dev conversations found no lower bar for follow-ups");
        Assert.Equal(thresholds.DosingFollowUpWithRule, TriageEvaluation.ChooseFollowUpRuleBar(judged, thresholds, TriageEvaluation.FollowUpRuleFalseDosingBudget, TextWriter.Null));
    }

    [Fact]
    public void Shipped_sure_dose_ask_is_the_one_dev_chooses_and_loses_no_dev_crisis()
    {
        var dev = TriageData.LoadSplits(SharedModel.DataDirectory).Dev;
        var judged = TriageEvaluation.Read(dev, SharedModel.Triage, SharedModel.Cache);
        var thresholds = SharedModel.Model.Card.Thresholds;
        SharedModel.Cache.Save();

        var without = thresholds with { SureDoseAsk = null };
        Assert.Equal(thresholds.SureDoseAsk, TriageEvaluation.ChooseSureDoseAsk(judged, without, TriageEvaluation.FalseDosingBudget, TextWriter.Null));
        Assert.Equal(TriageEvaluation.Figures(judged, without).CrisisRecall, TriageEvaluation.Figures(judged, thresholds).CrisisRecall);
    }

    [Fact]
    public void The_bot_skips_the_dosing_rules_only_where_they_cannot_change_its_decision()
    {
        // The bot reads the dosing rules only when the model's dosing score reaches the lowest bar that could use them;
        // the evaluation tool reads every message in full. Both must decide every dev message and conversation alike.
        var examples = TriageData.LoadSplits(SharedModel.DataDirectory).Dev
            .Concat(TriageData.LoadConversations(SharedModel.DataDirectory, "dev"))
            .ToList();
        var judged = TriageEvaluation.Read(examples, SharedModel.Triage, SharedModel.Cache);
        var vectors = SharedModel.Cache.EmbedQueries([.. examples.Select(e => MessageNormalizer.Normalize(e.Text).Text)]);
        var thresholds = SharedModel.Model.Card.Thresholds;
        SharedModel.Cache.Save();

        var skipped = 0;
        for (var i = 0; i < judged.Count; i++)
        {
            var full = SafetyTriage.Decide(judged[i].Signals, thresholds);
            var signals = judged[i].Signals;
            var bot = SharedModel.Triage.Judge(MessageNormalizer.Normalize(examples[i].Text), vectors[i],
                new PreviousTurn(signals.FollowsSomethingTaken, signals.FollowsActivity, signals.FollowsCrisisGuidance, signals.FollowsADoseRefusal, signals.AsksOnAfterWhetherItCanKill));
            Assert.True((full.Outcome, full.Reason) == (bot.Outcome, bot.Reason), $"'{examples[i].Text}': {full.Reason} in full, {bot.Reason} in the bot");
            skipped += judged[i].Signals.Scores.Dosing < SafetyTriage.LowestDosingBar(thresholds, judged[i].Signals.FollowsSomethingTaken) ? 1 : 0;
        }

        // The saving is real only if most messages are below every dosing bar.
        Assert.True(skipped > judged.Count / 2, $"only {skipped} of {judged.Count} messages skip the dosing rules");
    }

    [Fact]
    public void Conversation_test_set_is_frozen_and_apart_from_dev_and_training()
    {
        var testFile = Path.Combine(SharedModel.DataDirectory, "conversations", "test.jsonl");
        Assert.Equal(FrozenConversationTestSha256, Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(File.ReadAllBytes(testFile))));

        var test = TriageData.LoadConversations(SharedModel.DataDirectory, "test");
        Assert.All(test, e => Assert.NotEmpty(e.Context!));
        var training = TriageData.LoadTrainingFolder(SharedModel.DataDirectory).Select(e => TriageData.Key(e.Text)).ToHashSet();
        Assert.DoesNotContain(test, e => training.Contains(TriageData.Key(e.Text)));
        var dev = TriageData.LoadConversations(SharedModel.DataDirectory, "dev").Select(e => string.Join("\n", [.. e.Context!, e.Text])).ToHashSet();
        Assert.DoesNotContain(test, e => dev.Contains(string.Join("\n", [.. e.Context!, e.Text])));
    }

    [Fact]
    public void Dev_split_is_stable_and_about_a_fifth()
    {
        // written-probes.jsonl (thirtieth session) holds only messages outside the dev hash, so that adding it left dev as
        // it was and the retrained model could be compared with the old one on the same dev; the hash splits the rest.
        var writtenProbes = Path.Combine(SharedModel.DataDirectory, "train", "written-probes.jsonl");
        Assert.DoesNotContain(TriageData.ReadFile(writtenProbes), TriageData.IsDev);
        var all = Directory.GetFiles(Path.Combine(SharedModel.DataDirectory, "train"), "*.jsonl")
            .Where(f => f != writtenProbes).SelectMany(TriageData.ReadFile).ToList();
        var share = (double)all.Count(TriageData.IsDev) / all.Count;
        Assert.InRange(share, 0.15, 0.25);

        // The split reads only the text, trimmed and lower-cased: the same message can never land on both sides.
        foreach (var example in all.Take(200))
        {
            var variant = example with { Text = "  " + example.Text.ToUpperInvariant() + " ", Label = "question", Kind = "other" };
            Assert.Equal(TriageData.IsDev(example), TriageData.IsDev(variant));
        }
    }

    [Fact]
    public void Dev_folder_shares_no_message_with_training_test_or_conversations()
    {
        var devOnly = TriageData.LoadDevFolder(SharedModel.DataDirectory);
        var elsewhere = TriageData.LoadTrainingFolder(SharedModel.DataDirectory)
            .Concat(TriageData.LoadTest(SharedModel.DataDirectory))
            .Concat(TriageData.LoadConversations(SharedModel.DataDirectory, "test"))
            .Select(e => TriageData.Key(e.Text))
            .ToHashSet();

        Assert.DoesNotContain(devOnly, e => elsewhere.Contains(TriageData.Key(e.Text)));
    }

    /// <summary>The SHA-256 of tests/data/triage/conversations/test.jsonl, frozen before the follow-up bar existed.</summary>
    private const string FrozenConversationTestSha256 = "6f53ab7594db07f813d467777685bf9c557237ae64fc934c79a74afae044029c";

    /// <summary>The SHA-256 of tests/data/triage/test/test.jsonl when it was frozen, before any model was trained.</summary>
    private const string FrozenTestSetSha256 = "277de23aafedbfdf58cc98026f283de32c599431266db26c5bc5f269773beae6";
}
