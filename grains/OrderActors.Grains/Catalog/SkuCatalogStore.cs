using System.Collections.Immutable;
using Npgsql;
using NpgsqlTypes;
using OrderActors.GrainInterfaces.Catalog;

namespace OrderActors.Grains.Catalog;

/// <summary>
/// The SKU list (<c>catalog_skus</c>), so SKUs can be listed and searched by code; each SKU's grain stays the
/// authority for its definition and writes its row on every change.
/// </summary>
internal sealed class SkuCatalogStore(NpgsqlDataSource dataSource)
{
    /// <summary>Idempotent: an unchanged name writes nothing (the conflict update is skipped).</summary>
    public async Task Upsert(string sku, string name, DateTimeOffset definedAt)
    {
        await using var cmd = dataSource.CreateCommand(
            """
            insert into catalog_skus (sku, name, defined_at) values ($1, $2, $3)
            on conflict (sku) do update set name = excluded.name where catalog_skus.name is distinct from excluded.name
            """);
        cmd.Parameters.Add(new NpgsqlParameter { Value = sku });
        cmd.Parameters.Add(new NpgsqlParameter { Value = name });
        cmd.Parameters.Add(new NpgsqlParameter { Value = definedAt.UtcDateTime });
        await cmd.ExecuteNonQueryAsync();
    }

    /// <summary>A page of the list in code order (primary key range scan): after <paramref name="after"/>, starting with <paramref name="prefix"/>.</summary>
    public async Task<ImmutableArray<SkuListEntry>> Page(string? prefix, string? after, int limit)
    {
        // The prefix as a range (>= prefix, < prefix + U+FFFF) keeps the scan on the primary key (the column sorts bytewise, collation C).
        await using var cmd = dataSource.CreateCommand(
            """
            select sku, name, defined_at from catalog_skus
            where ($1::text is null or (sku >= $1 and sku < $1 || chr(65535)))
              and ($2::text is null or sku > $2)
            order by sku
            limit $3
            """);
        cmd.Parameters.Add(new NpgsqlParameter { Value = (object?)prefix ?? DBNull.Value, NpgsqlDbType = NpgsqlDbType.Text });
        cmd.Parameters.Add(new NpgsqlParameter { Value = (object?)after ?? DBNull.Value, NpgsqlDbType = NpgsqlDbType.Text });
        cmd.Parameters.Add(new NpgsqlParameter { Value = limit });
        var result = ImmutableArray.CreateBuilder<SkuListEntry>();
        await using var reader = await cmd.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            result.Add(new SkuListEntry(reader.GetString(0), reader.IsDBNull(1) ? null : reader.GetString(1), reader.GetFieldValue<DateTimeOffset>(2)));
        }

        return result.ToImmutable();
    }
}
