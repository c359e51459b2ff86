/// Régions, départements (with their AGIR deployment date), communes, QPV and countries.
let m001ReferenceTables = Migration(
    1,
    "reference_tables",
    statements: [
        """
        CREATE TABLE regions (
            code TEXT PRIMARY KEY, name TEXT NOT NULL, overseas BOOLEAN NOT NULL)
        """,
        """
        CREATE TABLE departements (
            code TEXT PRIMARY KEY, name TEXT NOT NULL, name_search TEXT NOT NULL,
            region_code TEXT NOT NULL REFERENCES regions(code), overseas BOOLEAN NOT NULL,
            agir_deployed_on TEXT)
        """,
        """
        CREATE TABLE communes (
            code TEXT PRIMARY KEY, name TEXT NOT NULL, name_search TEXT NOT NULL, kind TEXT NOT NULL,
            departement_code TEXT NOT NULL REFERENCES departements(code), parent_code TEXT, population INTEGER)
        """,
        "CREATE INDEX communes_name_search ON communes (name_search)",
        "CREATE INDEX communes_departement ON communes (departement_code, name_search)",
        """
        CREATE TABLE qpv (
            code TEXT PRIMARY KEY, name TEXT NOT NULL, departement_code TEXT NOT NULL REFERENCES departements(code),
            epci_name TEXT)
        """,
        """
        CREATE TABLE qpv_communes (
            qpv_code TEXT NOT NULL REFERENCES qpv(code), commune_code TEXT NOT NULL,
            PRIMARY KEY (qpv_code, commune_code))
        """,
        "CREATE INDEX qpv_communes_commune ON qpv_communes (commune_code)",
        """
        CREATE TABLE countries (
            code TEXT PRIMARY KEY, alpha3 TEXT NOT NULL, name TEXT NOT NULL, name_search TEXT NOT NULL,
            insee_code TEXT)
        """,
    ]
)
