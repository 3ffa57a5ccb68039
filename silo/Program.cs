using OrderActors.Silo.Hosting;

var builder = WebApplication.CreateBuilder(args);
builder.AddOrderActorsSilo();

var app = builder.Build();
app.MapOrderActorsSiloEndpoints();
app.Run();

/// <summary>Entry point; public so tests can host the silo.</summary>
public partial class Program;
