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

    // Pinned values (computed independently): person ids derived from these hashes are kept
    // in master files, so the function must never change.
    @Test(arguments: [
        ("a", UInt64(0x82a2_a958_a9be_ce5b), "P82a2a958a9be"),
        ("nguyen van an", 0x431d_71e8_59c5_09f3, "P431d71e859c5"),
        ("lists/xa-a.csv:2", 0x8431_dfb9_0bd8_6134, "P8431dfb90bd8"),
    ])
    func pinnedValues(text: String, hash: UInt64, personID: String) {
        #expect(LinkKey.hash(text) == hash)
        #expect(Array(PersonID.derived(fromRecordID: text).utf8) == Array(personID.utf8))
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
