import ForebygCore

extension LegalReferenceRegister {
    /// What the library knows, stated as of 15 December 2025 (the last change it records): seed
    /// 000's three legal references, the rules and guidance that replaced them, and Socialstyrelsen's
    /// national guidelines.
    ///
    /// The violence rules of bekendtgørelse nr. 1234 (2018) and nr. 1504 (2015) moved to
    /// bekendtgørelse nr. 1406 af 26.09.2020 om psykisk arbejdsmiljø, in force from 1 November
    /// 2020; AT-vejledning D.4.3-4 om vold is replaced by the consolidated AT-vejledning om psykisk
    /// arbejdsmiljø from 15 December 2025. Facts the sources do not give (numbers, addresses, days
    /// of issue) are `nil`. The same data is the fixture `legal-references.json`.
    public static let builtIn = LegalReferenceRegister(
        asOf: CalendarDate("2025-12-15"),
        references: [
            LegalReference(
                id: "bek-1234-2018", kind: .executiveOrder,
                title: "Arbejdets udførelse – Bekendtgørelse nr. 1234, 2018", number: "1234",
                supersededBy: "bek-1406-2020", supersededFrom: CalendarDate("2020-11-01"),
                note:
                    "Afløst for så vidt angår reglerne om vold: de står nu i Bekendtgørelse nr. 1406 af 26.09.2020 om psykisk arbejdsmiljø."
            ),
            LegalReference(
                id: "bek-1504-2015", kind: .executiveOrder,
                title: "Arbejdsrelateret vold uden for arbejdstid – Bekendtgørelse 1504, 2015", number: "1504",
                supersededBy: "bek-1406-2020", supersededFrom: CalendarDate("2020-11-01")),
            LegalReference(
                id: "at-vejledning-d-4-3-4", kind: .atGuidance, title: "AT-vejledning D.4.3-4 om Vold",
                number: "D.4.3-4", supersededBy: "at-vejledning-psykisk-arbejdsmiljoe",
                supersededFrom: CalendarDate("2025-12-15"),
                url: "https://amid.dk/regler/at-vejledninger/vold-d-4-3-4/"),
            LegalReference(
                id: "bek-1406-2020", kind: .executiveOrder,
                title: "Bekendtgørelse nr. 1406 af 26.09.2020 om psykisk arbejdsmiljø", number: "1406",
                issued: CalendarDate("2020-09-26"),
                inForceFrom: CalendarDate("2020-11-01")),
            LegalReference(
                id: "at-vejledning-psykisk-arbejdsmiljoe", kind: .atGuidance,
                title: "AT-vejledning om psykisk arbejdsmiljø",
                inForceFrom: CalendarDate("2025-12-15"),
                note: "Samlet (konsolideret) vejledning om psykisk arbejdsmiljø."),
            LegalReference(
                id: "nationale-retningslinjer-2017", kind: .nationalGuideline,
                title:
                    "Socialstyrelsen: Nationale retningslinjer for forebyggelse af voldsomme episoder på botilbud og boformer for hjemløse",
                url:
                    "https://socialstyrelsen.dk/udgivelser/nationale-retningslinjer-for-forebyggelse-af-voldsomme-episoder-pa-botilbud-og-boformer-for-hjemlose",
                note: "Udgivet december 2017; 11 retningslinjer."),
        ]
    )
}
