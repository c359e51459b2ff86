/// Every migration, in the order it is applied. Append only: never edit or reorder a released entry.
public enum MigrationList {
    public static let all: [Migration] = [
        m001ReferenceTables,
        m002ReferenceData,
        m003Accounts,
        m004AuditAndThrottling,
        m005SecondFactor,
        m006ApiTokens,
        m007Households,
        m008Casework,
        m009Retention,
        m010Diagnosis,
        m011HouseholdMembers,
        m012Plan,
        m013Appointments,
        m014MilestonesAndTransfers,
        m015NationalScaleIndexes,
        m016HouseholdListColumns,
        m017PersonDetails,
        m018IndicatorIndexes,
        m019IndicatorColumns,
        m020DepartementIndicators,
        m021Pathways,
        m022PlatformSecrets,
        m023PathwayAreas,
        m075NewcomerSpace,
    ]
}
