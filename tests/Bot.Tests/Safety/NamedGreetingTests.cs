using FibroBot.Safety;

namespace FibroBot.Tests.Safety;

/// <summary>A hello, "I am" and a name with its capital opens an introduction; the same shape with a feeling does not.</summary>
public sealed class NamedGreetingTests
{
    [Theory]
    [InlineData("Hola a todas! soy Marisol, de Sevilla")]
    [InlineData("Hoi allemaal, ik ben Ingrid (49) uit Utrecht")]
    [InlineData("Grüezi mitenand, ich bin Reto, 38")]
    [InlineData("Olá a todos, sou o Rui, de Braga")]
    public void Named_greetings_open_an_introduction(string message) =>
        Assert.True(Introductions.OpenWithAName(MessageNormalizer.Normalize(message).Text), message);

    [Theory]
    [InlineData("Hallo, ich bin müde, ich kann nicht mehr")]
    [InlineData("Ciao, sono stanca, non ce la faccio")]
    [InlineData("hola soy marisol, de sevilla")]
    [InlineData("Hallo zusammen, ich bin seit 2015 diagnostiziert")]
    public void Feelings_lower_case_names_and_dates_do_not(string message) =>
        Assert.False(Introductions.OpenWithAName(MessageNormalizer.Normalize(message).Text), message);
}
