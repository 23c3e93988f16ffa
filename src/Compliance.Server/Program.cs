using Compliance.Server;

return await ServerCommand.RunAsync(args, Console.Out, Console.Error, async settings =>
{
    var app = ServerApp.Build(settings, Console.Error);
    return app is null ? 2 : await ServerApp.RunAsync(app, settings, Console.Error);
});
