/// Whose version of an LA2 plan it is: every plan exists for the citizen ("Min trivselsplan")
/// and for the professionals ("Trivselsplan for fagprofessionelle").
public enum LA2Audience: String, CaseIterable, Codable, Sendable {
    /// The citizen's own version, filled in together with a member of staff ("Min …").
    case citizen
    /// The professionals' version ("… for fagprofessionelle"), describing the staff's shared approach.
    case professionals
}
