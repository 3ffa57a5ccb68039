using System.Collections.Immutable;
using Npgsql;
using NpgsqlTypes;
using OrderActors.GrainInterfaces.Orders;

namespace OrderActors.Grains.Orders;

/// <summary><c>order_notes</c>: one row per note, unique on (order id, request id) so a retried add finds its note.</summary>
internal sealed class OrderNoteStore(NpgsqlDataSource dataSource, TimeProvider time)
{
    private const string Columns = "id, order_id, request_id, text, author, created_at";

    public async Task<AddNoteResult> Add(string orderId, string requestId, string text, string? author)
    {
        // Insert or, on a repeated request id, read the stored note: one statement, one round trip either way.
        await using var cmd = dataSource.CreateCommand(
            $"""
            with added as (
                insert into order_notes (order_id, request_id, text, author, created_at) values ($1, $2, $3, $4, $5)
                on conflict (order_id, request_id) do nothing
                returning {Columns}, true as added
            )
            select * from added
            union all
            select {Columns}, false from order_notes where order_id = $1 and request_id = $2 and not exists (select 1 from added)
            """);
        cmd.Parameters.Add(new NpgsqlParameter { Value = orderId });
        cmd.Parameters.Add(new NpgsqlParameter { Value = requestId });
        cmd.Parameters.Add(new NpgsqlParameter { Value = text });
        cmd.Parameters.Add(new NpgsqlParameter { Value = (object?)author ?? DBNull.Value, NpgsqlDbType = NpgsqlDbType.Text });
        cmd.Parameters.Add(new NpgsqlParameter { Value = time.GetUtcNow().UtcDateTime });
        await using var reader = await cmd.ExecuteReaderAsync();
        if (!await reader.ReadAsync())
        {
            throw new InvalidOperationException($"Note {requestId} of order {orderId} was neither added nor found.");
        }

        var note = Read(reader);
        var outcome = reader.GetBoolean(6) ? AddNoteOutcome.Added
            : note.Text == text ? AddNoteOutcome.Replayed
            : AddNoteOutcome.RequestIdConflict;
        return new AddNoteResult(outcome, note);
    }

    public async Task<ImmutableArray<OrderNote>> List(string orderId)
    {
        await using var cmd = dataSource.CreateCommand($"select {Columns} from order_notes where order_id = $1 order by id");
        cmd.Parameters.Add(new NpgsqlParameter { Value = orderId });
        var notes = ImmutableArray.CreateBuilder<OrderNote>();
        await using var reader = await cmd.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            notes.Add(Read(reader));
        }

        return notes.ToImmutable();
    }

    private static OrderNote Read(NpgsqlDataReader reader) => new(
        reader.GetInt64(0), reader.GetString(1), reader.GetString(2), reader.GetString(3),
        reader.IsDBNull(4) ? null : reader.GetString(4), reader.GetFieldValue<DateTimeOffset>(5));
}
