[assembly: System.Runtime.CompilerServices.InternalsVisibleTo("Oberig.Models.Tests")]
