using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace FibroBot.BotFramework.DirectLine;

public static class DirectLineExtensions
{
    public static IServiceCollection AddDirectLine(this IServiceCollection services, IConfiguration configuration) => services;

    public static IEndpointRouteBuilder MapDirectLine(this IEndpointRouteBuilder endpoints) => endpoints;
}
