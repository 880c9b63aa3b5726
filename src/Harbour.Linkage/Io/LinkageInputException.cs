namespace Harbour.Linkage.Io;

/// <summary>The input file cannot be linked as it stands; the message names the line and the problem.</summary>
public sealed class LinkageInputException : Exception
{
    public LinkageInputException()
    {
    }

    public LinkageInputException(string message)
        : base(message)
    {
    }

    public LinkageInputException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
