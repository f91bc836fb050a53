import Testing
@testable import SoSachLinkage

@Suite struct LinkKeyTests {
    @Test func emptyHashesToZeroAndNonEmptyNever() {
        #expect(LinkKey.hash("") == 0)
        #expect(LinkKey.hash([UInt8]()) == 0)
        for s in ["a", "0", " ", "nguyen van an", "P000000000000"] { #expect(LinkKey.hash(s) != 0) }
    }

    @Test func stringAndBytesAgree() {
        let s = "nguyễn văn đức"
        #expect(LinkKey.hash(s) == LinkKey.hash(Array(s.utf8)))
        #expect(LinkKey.hash("nguyen van an") != LinkKey.hash("nguyen van anh"))
    }

    // The pinned values guard against a silent change of the function: keys are stored in
    // master files through person ids, so the function must never change.
    @Test func pinnedValues() {
        #expect(LinkKey.hash("a") == LinkKey.finalize(0xaf63_dc4c_8601_ec8c))
        #expect(PersonID.derived(fromRecordID: "a") == PersonID.format(LinkKey.finalize(0xaf63_dc4c_8601_ec8c) >> 16))
    }

    @Test(arguments: [
        ("nguyen van an", "nguyen van an", "nguyen an"),
        ("Nguyen  Van An ", "nguyen van an", "nguyen an"),
        ("nguyen an", "nguyen an", "nguyen an"),
        ("an", "an", "an"),
        ("ton that thuc anh", "ton that thuc anh", "ton anh"),
        ("\tTon That  Thuc\tAnh  ", "ton that thuc anh", "ton anh"),
    ])
    func nameKeys(folded: String, full: String, loose: String) {
        let keys = LinkKey.nameKeys(folded: folded)
        #expect(keys.full == LinkKey.hash(full))
        #expect(keys.loose == LinkKey.hash(loose))
    }

    @Test func emptyNameHasNoKeys() {
        #expect(LinkKey.nameKeys(folded: "  ") == (0, 0))
    }

    @Test(arguments: [
        ("0912345678", UInt64(912_345_678)),
        ("001085000123", 1_085_000_123),
        ("091 234-5678", 912_345_678),
        ("", 0),
        ("abc", 0),
        ("12345678901234567890", 0),
    ])
    func digits(text: String, value: UInt64) {
        #expect(LinkKey.digits(text) == value)
    }
}
