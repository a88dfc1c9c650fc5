import Testing
@testable import PaperboatCore

@Suite struct PaperIdentityTests {
    @Test(arguments: [
        ("2503.11677", "2503.11677"), ("2503.11677v2", "2503.11677"), ("arXiv:2503.11677v12", "2503.11677"),
        ("https://arxiv.org/abs/2401.00001v1", "2401.00001"), ("https://arxiv.org/pdf/2401.00001.pdf", "2401.00001"),
        ("hep-th/9901001v1", "hep-th/9901001"), ("math.GT/0309136", "math.GT/0309136"), ("0704.0001", "0704.0001"),
    ])
    func normalisesArxivIds(input: String, expected: String) {
        #expect(PaperIdentity.normalizedArxivId(input) == expected)
    }

    @Test(arguments: ["", "hello", "2503.1", "12345.67890", "2503.11677x", "v2", "../etc/passwd"])
    func rejectsNonArxivIds(input: String) {
        #expect(PaperIdentity.normalizedArxivId(input) == nil)
    }

    @Test func normalisedTitlesFoldCaseDiacriticsAndPunctuation() {
        #expect(PaperIdentity.normalizedTitle("Café: A  Study—of   Things!") == "cafe a study of things")
        #expect(PaperIdentity.normalizedTitle("MARLIN: Masked Autoencoder") ==
                PaperIdentity.normalizedTitle("marlin   masked autoencoder"))
        #expect(PaperIdentity.normalizedTitle("  ") == "")
    }

    @Test func titleHashKeysAreStableAndDistinct() {
        let a = PaperIdentity.titleHashKey("pointer networks")
        #expect(a == PaperIdentity.titleHashKey("pointer networks"))
        #expect(a != PaperIdentity.titleHashKey("pointer network"))
        #expect(a.hasPrefix("t-") && a.count == 14)
    }

    @Test func draftKeyPrefersArxivId() {
        #expect(PaperDraft(arxivId: "2401.00001", title: "X").key == "2401.00001")
        #expect(PaperDraft(title: "Pointer Networks").key == PaperIdentity.titleHashKey("pointer networks"))
    }
}

@Suite struct PaperDateTests {
    @Test(arguments: [
        ("2025-03-18", "2025-03-18"), ("2025-03-18T10:00:00Z", "2025-03-18"), ("Sep 8", "--09-08"),
        ("Jul 29", "--07-29"), ("September 8, 2024", "2024-09-08"), ("sep 10", "--09-10"),
        ("Mon, 2 Apr 2007 19:18:42 GMT", "2007-04-02"), ("2 Apr 2007", "2007-04-02"), ("Tuesday, 31 Dec 1991", "1991-12-31"),
    ])
    func normalises(input: String, expected: String) {
        #expect(PaperDate.normalize(input) == expected)
    }

    @Test(arguments: ["", "Subscribe", "2025-13-01", "Sep 40", "Pointer Networks", "Foo 8", "Mon, 31 Feb", "Mon, 40 Apr 2007", "2 Foo 2007"])
    func rejectsNonDates(input: String) {
        #expect(PaperDate.normalize(input) == nil)
    }

    @Test func displaysDatesWithoutYearAsMonthDay() {
        #expect(PaperDate.display("--09-08") == "Sep 8")
        #expect(PaperDate.display("2025-03-18") == "2025-03-18")
        #expect(PaperDate.year("2025-03-18") == 2025)
        #expect(PaperDate.year("--09-08") == nil)
    }
}
