using Microsoft.AspNetCore.Identity;

namespace OrderActors.ClientApi.Security;

/// <summary>
/// Password hashes in ASP.NET Core Identity's format (PBKDF2 with HMAC-SHA512, salted, iteration count and version
/// in the hash, compared in constant time), and the length policy.
/// </summary>
public sealed class Passwords
{
    public const int MinLength = 12;
    public const int MaxLength = 256;

    private readonly PasswordHasher<Passwords> _hasher = new();

    // Verified against when the user does not exist, so an unknown name costs the same time as a wrong password.
    private readonly string _decoy;

    public Passwords() => _decoy = _hasher.HashPassword(this, Secrets.NewToken());

    /// <summary>Null when acceptable, else why not.</summary>
    public static string? Problem(string? password) => password switch
    {
        null or "" => "A password is required.",
        { Length: < MinLength } => $"A password needs at least {MinLength} characters.",
        { Length: > MaxLength } => $"A password has at most {MaxLength} characters.",
        _ => null,
    };

    public string Hash(string password) => _hasher.HashPassword(this, password);

    /// <summary>Whether the password matches; <c>Rehash</c> when the stored hash uses older parameters.</summary>
    public (bool Ok, bool Rehash) Verify(string? storedHash, string password)
    {
        var result = _hasher.VerifyHashedPassword(this, storedHash ?? _decoy, password);
        return storedHash is null
            ? (false, false)
            : (result is PasswordVerificationResult.Success or PasswordVerificationResult.SuccessRehashNeeded, result == PasswordVerificationResult.SuccessRehashNeeded);
    }
}
