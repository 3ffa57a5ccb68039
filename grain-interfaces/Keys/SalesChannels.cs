using System.Diagnostics.CodeAnalysis;

namespace OrderActors.GrainInterfaces.Keys;

public static class SalesChannels
{
    private static readonly (SalesChannel Channel, string Code)[] All =
    [
        (SalesChannel.Web, "web"),
        (SalesChannel.Taobao, "taobao"),
        (SalesChannel.Tmall, "tmall"),
        (SalesChannel.JD, "jd"),
        (SalesChannel.Pinduoduo, "pdd"),
        (SalesChannel.Douyin, "douyin"),
    ];

    public static IEnumerable<string> Codes => All.Select(c => c.Code);

    public static string Code(this SalesChannel channel) =>
        All.First(c => c.Channel == channel).Code;

    public static bool TryParse(string? code, [NotNullWhen(true)] out SalesChannel? channel)
    {
        foreach (var (c, name) in All)
        {
            if (string.Equals(name, code, StringComparison.OrdinalIgnoreCase))
            {
                channel = c;
                return true;
            }
        }

        channel = null;
        return false;
    }
}
