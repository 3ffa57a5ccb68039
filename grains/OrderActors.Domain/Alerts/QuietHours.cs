using System.Collections.Immutable;
using System.Diagnostics.CodeAnalysis;
using System.Globalization;

namespace OrderActors.Domain.Alerts;

/// <summary>
/// A calendar of times when a shop is expected to be quiet, in China Standard Time (GMT+8, no
/// daylight saving), because that is the clock sellers plan their shops by. It is made of weekly
/// windows plus dated exceptions, written as configuration strings:
/// <list type="bullet">
/// <item><c>Mon-Sun 01:00-07:00</c>: every night; days are <c>Mon</c> … <c>Sun</c>, as one day, a range
/// (<c>Sat-Mon</c> wraps over the weekend) or a comma list (<c>Mon,Wed,Fri</c>).</item>
/// <item><c>Sat 00:00-24:00</c>: a whole day; <c>24:00</c> is allowed as an end only.</item>
/// <item><c>Fri 23:00-02:00</c>: an end before the start crosses midnight into the next day.</item>
/// <item><c>2026-10-01</c> or <c>2026-10-01..2026-10-07</c>: quiet all day on those dates (a holiday).</item>
/// <item><c>!2026-11-11</c> or <c>!2026-11-10..2026-11-12</c>: never quiet on those dates, whatever the
/// weekly windows say (a flash-sale night).</item>
/// <item><c>none</c>, alone: no quiet hours (to override inherited ones).</item>
/// </list>
/// An instant is quiet when its China date is not a never-quiet date and either its date is a quiet
/// date or it lies in a weekly window. Dates cover their China day from 00:00 to 24:00, so a window
/// crossing midnight into a never-quiet date stops at that midnight. Immutable.
/// </summary>
public sealed class QuietHours
{
    /// <summary>China Standard Time, the clock every window and date is read in.</summary>
    public static readonly TimeSpan ChinaOffset = TimeSpan.FromHours(8);

    private static readonly TimeSpan Day = TimeSpan.FromDays(1);
    private static readonly TimeSpan Week = TimeSpan.FromDays(7);
    private static readonly string[] DayNames = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"];

    // Quiet intervals of the week, from Monday 00:00 China time; sorted, merged, inside [0, 7 days).
    private readonly ImmutableArray<(TimeSpan Start, TimeSpan End)> _week;
    private readonly ImmutableArray<(DateOnly From, DateOnly To)> _quietDates;
    private readonly ImmutableArray<(DateOnly From, DateOnly To)> _neverQuietDates;

    private QuietHours(
        ImmutableArray<string> entries,
        ImmutableArray<(TimeSpan Start, TimeSpan End)> week,
        ImmutableArray<(DateOnly From, DateOnly To)> quietDates,
        ImmutableArray<(DateOnly From, DateOnly To)> neverQuietDates)
    {
        Entries = entries;
        _week = week;
        _quietDates = quietDates;
        _neverQuietDates = neverQuietDates;
    }

    /// <summary>No quiet time at all: every minute of silence counts.</summary>
    public static QuietHours None { get; } = new([], [], [], []);

    /// <summary>The entries this calendar was parsed from, trimmed.</summary>
    public ImmutableArray<string> Entries { get; }

    /// <summary>True when no instant is ever quiet.</summary>
    public bool IsEmpty => _week.IsEmpty && _quietDates.IsEmpty;

    /// <summary>Parses configuration entries (see the type's summary for the format).</summary>
    /// <exception cref="FormatException">An entry is malformed, or entries contradict each other; the message names the entry and what is wrong.</exception>
    public static QuietHours Parse(IEnumerable<string>? entries) =>
        TryParse(entries, out var quietHours, out var error) ? quietHours : throw new FormatException(error);

    /// <summary>Parses configuration entries; on failure <paramref name="error"/> names the entry and what is wrong.</summary>
    public static bool TryParse(IEnumerable<string>? entries, [NotNullWhen(true)] out QuietHours? quietHours, [NotNullWhen(false)] out string? error)
    {
        quietHours = null;
        var texts = (entries ?? []).Select(e => e?.Trim() ?? string.Empty).ToImmutableArray();
        if (texts.Length == 1 && string.Equals(texts[0], "none", StringComparison.OrdinalIgnoreCase))
        {
            quietHours = None;
            error = null;
            return true;
        }

        var week = new List<(TimeSpan Start, TimeSpan End)>();
        var quiet = new List<(DateOnly From, DateOnly To, string Entry)>();
        var never = new List<(DateOnly From, DateOnly To, string Entry)>();
        foreach (var text in texts)
        {
            error = text switch
            {
                "" => "A quiet hours entry is empty.",
                _ when string.Equals(text, "none", StringComparison.OrdinalIgnoreCase) =>
                    "Quiet hours entry \"none\" must stand alone; remove it or the other entries.",
                ['!', ..] => ParseDates(text, text[1..], never),
                [>= '0' and <= '9', ..] => ParseDates(text, text, quiet),
                _ => ParseWeekly(text, week),
            };
            if (error is not null)
            {
                return false;
            }
        }

        foreach (var q in quiet)
        {
            foreach (var n in never)
            {
                if (q.From <= n.To && n.From <= q.To)
                {
                    var clash = q.From > n.From ? q.From : n.From;
                    error = $"Quiet hours entries \"{q.Entry}\" and \"{n.Entry}\" contradict each other: {Format(clash)} would be both quiet all day and never quiet.";
                    return false;
                }
            }
        }

        quietHours = new QuietHours(texts, Merge(week), [.. quiet.Select(q => (q.From, q.To))], [.. never.Select(n => (n.From, n.To))]);
        error = null;
        return true;
    }

    /// <summary>Whether <paramref name="instant"/> is quiet.</summary>
    public bool IsQuiet(DateTimeOffset instant)
    {
        var local = instant.ToOffset(ChinaOffset);
        var date = DateOnly.FromDateTime(local.DateTime);
        if (In(_neverQuietDates, date))
        {
            return false;
        }

        if (In(_quietDates, date))
        {
            return true;
        }

        var weekTime = (DayIndex(date) * Day) + local.TimeOfDay;
        foreach (var (start, end) in _week)
        {
            if (start <= weekTime && weekTime < end)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>How much of the time from <paramref name="from"/> to <paramref name="to"/> is quiet; zero when <paramref name="to"/> is not after <paramref name="from"/>.</summary>
    public TimeSpan QuietTime(DateTimeOffset from, DateTimeOffset to)
    {
        if (to <= from || IsEmpty)
        {
            return TimeSpan.Zero;
        }

        var quiet = TimeSpan.Zero;
        var date = DateOnly.FromDateTime(from.ToOffset(ChinaOffset).DateTime);
        var last = DateOnly.FromDateTime(to.ToOffset(ChinaOffset).DateTime);
        for (; date <= last; date = date.AddDays(1))
        {
            var dayStart = new DateTimeOffset(date.ToDateTime(TimeOnly.MinValue), ChinaOffset);
            var segmentStart = Max(from, dayStart);
            var segmentEnd = Min(to, dayStart + Day);
            if (segmentEnd <= segmentStart || In(_neverQuietDates, date))
            {
                continue;
            }

            if (In(_quietDates, date))
            {
                quiet += segmentEnd - segmentStart;
                continue;
            }

            // Week intervals are in week coordinates; this day occupies [dayOffset, dayOffset + 1 day).
            var dayOffset = DayIndex(date) * Day;
            foreach (var (start, end) in _week)
            {
                var windowStart = Max(segmentStart, dayStart + (start - dayOffset));
                var windowEnd = Min(segmentEnd, dayStart + (end - dayOffset));
                if (windowEnd > windowStart)
                {
                    quiet += windowEnd - windowStart;
                }
            }
        }

        return quiet;
    }

    /// <summary>How much of the time from <paramref name="from"/> to <paramref name="to"/> is NOT quiet; zero when <paramref name="to"/> is not after <paramref name="from"/>.</summary>
    public TimeSpan NonQuietTime(DateTimeOffset from, DateTimeOffset to) =>
        to <= from ? TimeSpan.Zero : to - from - QuietTime(from, to);

    public override string ToString() => Entries.IsEmpty ? "none" : string.Join("; ", Entries);

    private static string? ParseWeekly(string entry, List<(TimeSpan Start, TimeSpan End)> week)
    {
        var parts = entry.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);
        if (parts.Length != 2)
        {
            return $"Quiet hours entry \"{entry}\" is not \"<days> HH:mm-HH:mm\" (e.g. \"Mon-Fri 01:00-07:00\"), \"yyyy-MM-dd\" or \"!yyyy-MM-dd\".";
        }

        var days = new SortedSet<int>();
        foreach (var item in parts[0].Split(','))
        {
            var range = item.Split('-');
            if (range.Length > 2 || !TryDay(range[0], out var first) || !TryDay(range[^1], out var lastDay))
            {
                return $"Quiet hours entry \"{entry}\": \"{item}\" is not a day or a day range; days are {string.Join(", ", DayNames)} (e.g. \"Mon-Fri\", \"Sat,Sun\").";
            }

            // A range may wrap over the end of the week: Sat-Mon is Saturday, Sunday and Monday.
            for (var d = first; ; d = (d + 1) % 7)
            {
                days.Add(d);
                if (d == lastDay)
                {
                    break;
                }
            }
        }

        var times = parts[1].Split('-');
        if (times.Length != 2)
        {
            return $"Quiet hours entry \"{entry}\": \"{parts[1]}\" is not a time range HH:mm-HH:mm.";
        }

        if (!TryTime(times[0], out var start) || start == Day)
        {
            return $"Quiet hours entry \"{entry}\": the start \"{times[0]}\" is not a time of day HH:mm from 00:00 to 23:59.";
        }

        if (!TryTime(times[1], out var end))
        {
            return $"Quiet hours entry \"{entry}\": the end \"{times[1]}\" is not a time of day HH:mm from 00:00 to 24:00.";
        }

        if (start == end)
        {
            return $"Quiet hours entry \"{entry}\": the window is empty; a whole day is 00:00-24:00.";
        }

        foreach (var d in days)
        {
            var windowStart = (d * Day) + start;
            var windowEnd = (end > start ? d * Day : (d + 1) * Day) + end;
            if (windowEnd <= Week)
            {
                week.Add((windowStart, windowEnd));
            }
            else
            {
                // Sunday night into Monday morning: split at the end of the week.
                week.Add((windowStart, Week));
                week.Add((TimeSpan.Zero, windowEnd - Week));
            }
        }

        return null;
    }

    private static string? ParseDates(string entry, string text, List<(DateOnly From, DateOnly To, string Entry)> into)
    {
        var range = text.Split("..");
        if (range.Length > 2 || !TryDate(range[0], out var from) || !TryDate(range[^1], out var to))
        {
            return $"Quiet hours entry \"{entry}\" is not a date yyyy-MM-dd or a date range yyyy-MM-dd..yyyy-MM-dd (prefix \"!\" for never quiet).";
        }

        if (to < from)
        {
            return $"Quiet hours entry \"{entry}\": the range ends before it starts.";
        }

        into.Add((from, to, entry));
        return null;
    }

    private static bool TryDay(string text, out int index)
    {
        index = Array.FindIndex(DayNames, n => string.Equals(n, text, StringComparison.OrdinalIgnoreCase));
        return index >= 0;
    }

    private static bool TryTime(string text, out TimeSpan time)
    {
        time = default;
        if (text.Length != 5 || text[2] != ':'
            || !int.TryParse(text.AsSpan(0, 2), NumberStyles.None, CultureInfo.InvariantCulture, out var hours)
            || !int.TryParse(text.AsSpan(3, 2), NumberStyles.None, CultureInfo.InvariantCulture, out var minutes)
            || minutes > 59 || hours > 24 || (hours == 24 && minutes != 0))
        {
            return false;
        }

        time = new TimeSpan(hours, minutes, 0);
        return true;
    }

    private static bool TryDate(string text, out DateOnly date) =>
        DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out date);

    private static ImmutableArray<(TimeSpan Start, TimeSpan End)> Merge(List<(TimeSpan Start, TimeSpan End)> windows)
    {
        var merged = new List<(TimeSpan Start, TimeSpan End)>();
        foreach (var w in windows.OrderBy(w => w.Start))
        {
            if (merged.Count > 0 && w.Start <= merged[^1].End)
            {
                merged[^1] = (merged[^1].Start, Max(merged[^1].End, w.End));
            }
            else
            {
                merged.Add(w);
            }
        }

        return [.. merged];
    }

    private static bool In(ImmutableArray<(DateOnly From, DateOnly To)> ranges, DateOnly date)
    {
        foreach (var (from, to) in ranges)
        {
            if (from <= date && date <= to)
            {
                return true;
            }
        }

        return false;
    }

    // Monday is 0: the week of quiet hours starts on Monday, as Chinese calendars do.
    private static int DayIndex(DateOnly date) => ((int)date.DayOfWeek + 6) % 7;

    private static string Format(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static TimeSpan Max(TimeSpan a, TimeSpan b) => a > b ? a : b;

    private static DateTimeOffset Max(DateTimeOffset a, DateTimeOffset b) => a > b ? a : b;

    private static DateTimeOffset Min(DateTimeOffset a, DateTimeOffset b) => a < b ? a : b;
}
