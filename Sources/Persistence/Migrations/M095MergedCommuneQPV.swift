/// The QPV list (2024) links three QPV to Pierrefitte-sur-Seine (93059), merged into Saint-Denis (93066) on
/// 1 January 2025 (INSEE, Code officiel géographique 2026): those QPV now belong to Saint-Denis, the commune the
/// reference has, so that a contract or a household in Saint-Denis finds them.
let m095MergedCommuneQPV = Migration(
    95,
    "qpv_merged_commune_93059",
    statements: [
        """
        INSERT INTO qpv_communes (qpv_code, commune_code)
        SELECT DISTINCT q.qpv_code, '93066' FROM qpv_communes q
        WHERE q.commune_code = '93059'
            AND NOT EXISTS (SELECT 1 FROM qpv_communes o WHERE o.qpv_code = q.qpv_code AND o.commune_code = '93066')
        """,
        "DELETE FROM qpv_communes WHERE commune_code = '93059'",
    ]
)
