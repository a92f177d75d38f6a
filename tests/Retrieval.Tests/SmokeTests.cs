namespace FibroBot.Tests;

public class SearchResponseTests
{
    [Fact]
    public void Empty_response_is_not_answerable()
    {
        Assert.False(FibroBot.Retrieval.Search.SearchResponse.Empty.Answerable);
        Assert.Empty(FibroBot.Retrieval.Search.SearchResponse.Empty.Hits);
    }
}
