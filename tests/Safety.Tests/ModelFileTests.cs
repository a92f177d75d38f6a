namespace FibroBot.Safety.Tests;

/// <summary>The bot never runs without its safety model: a missing or broken file stops it with a message naming the file.</summary>
public sealed class ModelFileTests : IDisposable
{
    private readonly string _directory = Directory.CreateTempSubdirectory("fibrobot-model-").FullName;

    [Fact]
    public void Missing_model_file_is_named_in_the_error()
    {
        File.Copy(Path.Combine(SharedModel.ModelDirectory, TriageModel.CardFileName), Path.Combine(_directory, TriageModel.CardFileName));

        var error = Assert.Throws<SafetyModelException>(() => new TriageModel(_directory));

        Assert.Equal(Path.Combine(_directory, TriageModel.ModelFileName), error.Path);
        Assert.Contains(TriageModel.ModelFileName, error.Message, StringComparison.Ordinal);
        Assert.Contains("does not exist", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Corrupt_model_file_is_named_in_the_error()
    {
        File.Copy(Path.Combine(SharedModel.ModelDirectory, TriageModel.CardFileName), Path.Combine(_directory, TriageModel.CardFileName));
        var original = File.ReadAllBytes(Path.Combine(SharedModel.ModelDirectory, TriageModel.ModelFileName));
        File.WriteAllBytes(Path.Combine(_directory, TriageModel.ModelFileName), original[..(original.Length / 3)]);

        var error = Assert.Throws<SafetyModelException>(() => new TriageModel(_directory));

        Assert.Equal(Path.Combine(_directory, TriageModel.ModelFileName), error.Path);
    }

    [Fact]
    public void Corrupt_card_is_named_in_the_error()
    {
        File.Copy(Path.Combine(SharedModel.ModelDirectory, TriageModel.ModelFileName), Path.Combine(_directory, TriageModel.ModelFileName));
        File.WriteAllText(Path.Combine(_directory, TriageModel.CardFileName), "{ not json");

        var error = Assert.Throws<SafetyModelException>(() => new TriageModel(_directory));

        Assert.Equal(Path.Combine(_directory, TriageModel.CardFileName), error.Path);
    }

    public void Dispose() => Directory.Delete(_directory, recursive: true);
}
