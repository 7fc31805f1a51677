using Oberig.Cli;

return CliHost.Invoke(OberigCommand.Create(), args);
