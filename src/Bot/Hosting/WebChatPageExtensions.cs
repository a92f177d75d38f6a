namespace FibroBot.Hosting;

public static class WebChatPageExtensions
{
    public static IServiceCollection AddWebChatPage(this IServiceCollection services, IConfiguration configuration) => services;

    public static IEndpointRouteBuilder MapWebChatPage(this IEndpointRouteBuilder endpoints) => endpoints;
}
