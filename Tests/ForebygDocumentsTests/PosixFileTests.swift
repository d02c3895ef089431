import Foundation
import Testing
@testable import ForebygDocuments

@Suite struct PosixFileTests {
    @Test(arguments: [0, 1, 65_535, 65_536, 65_537, 300_001])
    func readsAWholeFileOfAnySize(_ size: Int) throws {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("forebyg-read-\(UUID().uuidString)").path
        defer { try? FileManager.default.removeItem(atPath: path) }
        let bytes = Data((0..<size).map { UInt8(truncatingIfNeeded: $0 &* 31) })
        try bytes.write(to: URL(fileURLWithPath: path))
        #expect(try PosixFile.read(path: path) == bytes)
    }
}
