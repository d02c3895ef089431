// Foundation is imported in this one place, as FoundationEssentials where the toolchain has it,
// so that binaries built on this module need not carry ICU.
#if canImport(FoundationEssentials)
@_exported public import FoundationEssentials
#else
@_exported public import Foundation
#endif
