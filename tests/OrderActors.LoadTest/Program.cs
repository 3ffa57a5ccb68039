using OrderActors.LoadTest;

// Exit codes: 0 run done and audit clean; 1 audit failed; 2 bad arguments; 3 setup failed.
return await LoadCommand.Run(args, Console.Out);
