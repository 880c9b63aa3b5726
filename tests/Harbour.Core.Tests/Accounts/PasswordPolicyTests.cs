using Harbour.Core.Accounts;

namespace Harbour.Core.Tests.Accounts;

public sealed class PasswordPolicyTests
{
    [Theory]
    [InlineData("correct horse battery staple")]
    [InlineData("lantern otter pebble quay")]
    [InlineData("Tr0ub4dor&3-gulls-at-Hythe")]
    public void Problem_LongUncommonPassword_IsAccepted(string password) =>
        Assert.Null(PasswordPolicy.Problem(password, "Sam Lead", "sam.lead@example.org"));

    [Theory]
    [InlineData("password1234")]
    [InlineData("qwertyuiop123")]
    [InlineData("111111111111")]
    [InlineData("Password123!")]
    public void Problem_CommonOrPatternedPassword_IsRefused(string password) =>
        Assert.StartsWith("Password is too easy to guess", PasswordPolicy.Problem(password), StringComparison.Ordinal);

    [Fact]
    public void Problem_BuiltFromTheUsersOwnName_IsRefused() =>
        Assert.NotNull(PasswordPolicy.Problem("samanthalead1", "Samantha Lead", "samantha.lead@portsmouth.gov.uk"));

    [Theory]
    [InlineData("", "Enter a password")]
    [InlineData("elevenchars", "Password must be 12 characters or more")]
    public void Problem_EmptyOrShort_SaysWhat(string password, string message) =>
        Assert.Equal(message, PasswordPolicy.Problem(password));

    [Fact]
    public void Problem_NoCompositionRules_AllLowerCaseWordsAreFine() =>
        Assert.Null(PasswordPolicy.Problem("marble heron lantern fjord"));
}
