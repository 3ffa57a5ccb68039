using System.Buffers;
using System.Net;
using System.Net.Sockets;
using MimeKit;
using SmtpServer;
using SmtpServer.Authentication;
using SmtpServer.Mail;
using SmtpServer.Protocol;
using SmtpServer.Storage;

namespace OrderActors.Testing;

/// <summary>What the test server received: the SMTP envelope, who logged in, and the parsed message.</summary>
public sealed record ReceivedEmail(string EnvelopeFrom, IReadOnlyList<string> EnvelopeTo, string? AuthenticatedUser, MimeMessage Message);

/// <summary>
/// A real SMTP server (the SmtpServer package) on a free 127.0.0.1 port, for tests that send mail over
/// the wire. It keeps every message it accepts (parsed with MimeKit), lets a test wait for N of them,
/// can demand a user name and password, and can refuse the next messages with a given reply (a 451 to
/// test retries, a 550 for a permanent refusal). Plain text only: no TLS certificate is involved.
/// </summary>
public sealed class TestSmtpServer : IAsyncDisposable
{
    private readonly object _gate = new();
    private readonly List<ReceivedEmail> _messages = [];
    private readonly List<string> _logins = [];
    private readonly Queue<SmtpResponse> _refusals = new();
    private readonly CancellationTokenSource _stop = new();
    private TaskCompletionSource _changed = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private Task _running = Task.CompletedTask;

    private TestSmtpServer(int port) => Port = port;

    public string Host => "127.0.0.1";

    public int Port { get; }

    /// <summary>Every message accepted so far, in arrival order.</summary>
    public IReadOnlyList<ReceivedEmail> Messages
    {
        get
        {
            lock (_gate)
            {
                return [.. _messages];
            }
        }
    }

    /// <summary>User names of successful logins, in order.</summary>
    public IReadOnlyList<string> Logins
    {
        get
        {
            lock (_gate)
            {
                return [.. _logins];
            }
        }
    }

    /// <param name="userName">When set with <paramref name="password"/>, clients must log in with exactly these (AUTH PLAIN or LOGIN, allowed without TLS here).</param>
    /// <param name="password">The password that goes with <paramref name="userName"/>.</param>
    public static async Task<TestSmtpServer> StartAsync(string? userName = null, string? password = null)
    {
        var server = new TestSmtpServer(FreePort.Next());
        var requireLogin = userName is not null;
        var options = new SmtpServerOptionsBuilder()
            .ServerName("smtp.test")
            .Endpoint(e => e
                .Endpoint(new IPEndPoint(IPAddress.Loopback, server.Port))
                .AuthenticationRequired(requireLogin)
                .AllowUnsecureAuthentication(requireLogin))
            .Build();
        var services = new SmtpServer.ComponentModel.ServiceProvider();
        services.Add(new Store(server));
        if (requireLogin)
        {
            services.Add(new DelegatingUserAuthenticator((user, pass) => server.Login(user, pass, userName!, password)));
        }

        var smtp = new SmtpServer.SmtpServer(options, services);
        server._running = smtp.StartAsync(server._stop.Token);
        await server.WaitUntilListeningAsync();
        return server;
    }

    /// <summary>Refuses the next <paramref name="count"/> messages at the end of DATA with <paramref name="code"/> (451: try again later; 550: never).</summary>
    public void RefuseNext(int count, int code = 451, string text = "Local error in processing, try again later")
    {
        lock (_gate)
        {
            for (var i = 0; i < count; i++)
            {
                _refusals.Enqueue(new SmtpResponse((SmtpReplyCode)code, text));
            }
        }
    }

    /// <summary>Waits until at least <paramref name="count"/> messages were accepted; fails with what arrived when the time is up.</summary>
    public async Task<IReadOnlyList<ReceivedEmail>> WaitForMessagesAsync(int count, TimeSpan? timeout = null)
    {
        var deadline = DateTime.UtcNow + (timeout ?? TimeSpan.FromSeconds(10));
        while (true)
        {
            Task changed;
            lock (_gate)
            {
                if (_messages.Count >= count)
                {
                    return [.. _messages];
                }

                changed = _changed.Task;
            }

            var left = deadline - DateTime.UtcNow;
            if (left <= TimeSpan.Zero || await Task.WhenAny(changed, Task.Delay(left)) != changed)
            {
                throw new TimeoutException($"Expected {count} message(s) on the test SMTP server; {Messages.Count} arrived.");
            }
        }
    }

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        try
        {
            await _running;
        }
        catch (OperationCanceledException)
        {
        }

        _stop.Dispose();
    }

    private bool Login(string user, string pass, string expectedUser, string? expectedPassword)
    {
        var ok = user == expectedUser && pass == expectedPassword;
        if (ok)
        {
            lock (_gate)
            {
                _logins.Add(user);
            }
        }

        return ok;
    }

    private SmtpResponse Accept(ISessionContext context, IMessageTransaction transaction, MimeMessage message)
    {
        lock (_gate)
        {
            if (_refusals.TryDequeue(out var refusal))
            {
                return refusal;
            }

            var user = context.Authentication.IsAuthenticated ? context.Authentication.User : null;
            _messages.Add(new ReceivedEmail(Address(transaction.From), [.. transaction.To.Select(Address)], user, message));
            var changed = _changed;
            _changed = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
            changed.SetResult();
            return SmtpResponse.Ok;
        }
    }

    private static string Address(IMailbox mailbox) => $"{mailbox.User}@{mailbox.Host}";

    private async Task WaitUntilListeningAsync()
    {
        for (var attempt = 0; ; attempt++)
        {
            try
            {
                using var probe = new TcpClient();
                await probe.ConnectAsync(IPAddress.Loopback, Port);
                return;
            }
            catch (SocketException) when (attempt < 100 && !_running.IsCompleted)
            {
                await Task.Delay(20);
            }
        }
    }

    private sealed class Store(TestSmtpServer server) : MessageStore
    {
        public override async Task<SmtpResponse> SaveAsync(
            ISessionContext context, IMessageTransaction transaction, ReadOnlySequence<byte> buffer, CancellationToken cancellationToken)
        {
            using var stream = new MemoryStream((int)buffer.Length);
            foreach (var segment in buffer)
            {
                await stream.WriteAsync(segment, cancellationToken);
            }

            stream.Position = 0;
            var message = await MimeMessage.LoadAsync(stream, cancellationToken);
            return server.Accept(context, transaction, message);
        }
    }
}
