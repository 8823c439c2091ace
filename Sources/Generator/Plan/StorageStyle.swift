/// How a database keeps data, which decides the storage task of Phase 1: a schema and
/// migrations, collections and indexes, or keys on a device.
enum StorageStyle {
    case relational, document, keyValue

    private static let documentStores: Set<String> = [
        "MongoDB", "Amazon DynamoDB", "Cloud Firestore", "CouchDB", "Couchbase", "Apache Cassandra", "ScyllaDB",
        "Realm", "Neo4j",
        "Elasticsearch", "OpenSearch", "InfluxDB",
    ]
    private static let keyValueStores: Set<String> = [
        "localStorage", "IndexedDB", "SharedPreferences", "UserDefaults", "EEPROM", "LittleFS", "Hive", "Isar",
        "RocksDB", "LevelDB",
    ]

    /// Relational unless the catalogue's name says otherwise; a database a person named that the
    /// catalogue does not know is taken for a relational one.
    static func of(_ technology: Technology) -> StorageStyle {
        if documentStores.contains(technology.name) { return .document }
        if keyValueStores.contains(technology.name) { return .keyValue }
        return .relational
    }
}
