using FibroBot.Tests.Storage.Contracts;

namespace FibroBot.Integration.Postgres;

[Collection(PostgresCollection.Name)]
[Trait("Category", "Slow")]
public sealed class PostgresStorageTests(PostgresServer server) : DatabaseStorageContractTests
{
    protected override async Task<StorageTestBackend> OpenBackendAsync() => await PostgresTestBackend.CreateAsync(server);
}

[Collection(PostgresCollection.Name)]
[Trait("Category", "Slow")]
public sealed class PostgresTurnLogTests(PostgresServer server) : TurnLogContractTests
{
    protected override async Task<StorageTestBackend> OpenBackendAsync() => await PostgresTestBackend.CreateAsync(server);
}

[Collection(PostgresCollection.Name)]
[Trait("Category", "Slow")]
public sealed class PostgresTranscriptPrivacyTests(PostgresServer server) : TranscriptPrivacyContractTests
{
    protected override async Task<StorageTestBackend> OpenBackendAsync() => await PostgresTestBackend.CreateAsync(server);
}
