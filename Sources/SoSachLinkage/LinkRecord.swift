/// The compact summary of one accepted record that the linker works on (48 bytes).
///
/// The pipeline keeps one per record of records.csv in memory, so it holds only fixed-width
/// integers: hashes of the keys (see ``LinkKey``) instead of strings. 0 means "no value" in
/// every key field.
///
/// Stored properties are ordered widest first so that the struct packs to 47 bytes
/// (`MemoryLayout<LinkRecord>.stride == 48`).
public struct LinkRecord: Sendable, Equatable {
    /// Hash of the diacritics-insensitive name key (``LinkKey/nameKeys(folded:)`` `.full`).
    public var nameKey: UInt64
    /// Hash of family + given name only (``LinkKey/nameKeys(folded:)`` `.loose`).
    public var looseNameKey: UInt64
    /// The national ID's digits as an integer (``LinkKey/digits(_:)``); 0 when none.
    public var nationalID: UInt64
    /// The cleaned phone's digits as an integer (``LinkKey/digits(_:)``); 0 when none.
    public var phone: UInt64
    /// Position of the record in records.csv: 0, 1, 2, … in output order, each once.
    public var ordinal: UInt32
    /// Birth date, as precise as known.
    public var birth: LinkDate
    /// The 2025 commune code; 0 when unresolved.
    public var commune: Int32
    /// Gender; unknown when not given.
    public var gender: LinkGender
    /// What ``nationalID`` is.
    public var idKind: LinkIDKind
    /// True when the cleaned full name carries Vietnamese diacritics.
    public var nameHasDiacritics: Bool

    /// A record from already computed keys. An ID of kind `.none` is stored as 0.
    public init(
        ordinal: UInt32,
        nameKey: UInt64 = 0,
        looseNameKey: UInt64? = nil,
        nameHasDiacritics: Bool = false,
        birth: LinkDate = .unknown,
        gender: LinkGender = .unknown,
        nationalID: UInt64 = 0,
        idKind: LinkIDKind = .none,
        phone: UInt64 = 0,
        commune: Int32 = 0
    ) {
        self.nameKey = nameKey
        self.looseNameKey = looseNameKey ?? nameKey
        self.nationalID = idKind == .none ? 0 : nationalID
        self.phone = phone
        self.ordinal = ordinal
        self.birth = birth
        self.commune = commune
        self.gender = gender
        self.idKind = idKind
        self.nameHasDiacritics = nameHasDiacritics
    }

    /// A record from cleaned field texts: `foldedName` is the diacritics-insensitive name key
    /// (e.g. "nguyen van an"), `nationalID` and `phone` digit strings (empty when none).
    public init(
        ordinal: UInt32,
        foldedName: String,
        nameHasDiacritics: Bool,
        birth: LinkDate,
        gender: LinkGender,
        nationalID: String,
        idKind: LinkIDKind,
        phone: String,
        commune: Int32
    ) {
        let keys = LinkKey.nameKeys(folded: foldedName)
        self.init(
            ordinal: ordinal, nameKey: keys.full, looseNameKey: keys.loose,
            nameHasDiacritics: nameHasDiacritics, birth: birth, gender: gender,
            nationalID: LinkKey.digits(nationalID), idKind: idKind,
            phone: LinkKey.digits(phone), commune: commune)
    }

    /// True when the names may belong to one person: same name key, or same loose key
    /// (family + given name). A record without a name is compatible with nothing.
    @inlinable
    public func nameIsCompatible(with other: LinkRecord) -> Bool {
        (nameKey != 0 && nameKey == other.nameKey)
            || (looseNameKey != 0 && looseNameKey == other.looseNameKey)
    }

    /// The valid CCCD of this record, 0 when it has none (the value that forbids links).
    @inlinable
    var cccd: UInt64 { idKind == .cccd ? nationalID : 0 }
}
