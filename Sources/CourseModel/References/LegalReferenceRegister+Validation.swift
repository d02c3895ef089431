public import ForebygCore

extension LegalReferenceRegister {
    /// Checks the register.
    ///
    /// Errors: an empty id or title, two references with the same id, a `supersededBy` that names
    /// no reference in the register, a chain of replacements that leads back to where it started,
    /// an `inForceFrom` day before the `issued` day.
    /// Warnings: a replacement that is itself replaced as of ``asOf`` (point to the reference that
    /// applies instead), and a replacement that is not yet in force on the day it takes over.
    public func validate() -> [Diagnostic] {
        identityDiagnostics() + references.indices.flatMap { index in
            dateDiagnostics(at: index) + successorDiagnostics(at: index)
        }
    }

    private func path(_ index: Int, _ member: String) -> FieldPath {
        FieldPath.root.key("references").index(index).key(member)
    }

    private func identityDiagnostics() -> [Diagnostic] {
        var diagnostics: [Diagnostic] = []
        var seen: Set<LegalReferenceID> = []
        for (index, reference) in references.enumerated() {
            if reference.id.rawValue.isEmpty {
                diagnostics.append(.error(.legalReferencesEmptyID, at: path(index, "id"), "the id is empty"))
            } else if !seen.insert(reference.id).inserted {
                diagnostics.append(
                    .error(
                        .legalReferencesDuplicateID, at: path(index, "id"),
                        "the id \"\(reference.id)\" is used more than once"))
            }
            if reference.title.isEmpty {
                diagnostics.append(.error(.legalReferencesEmptyTitle, at: path(index, "title"), "the title is empty"))
            }
        }
        return diagnostics
    }

    private func dateDiagnostics(at index: Int) -> [Diagnostic] {
        let reference = references[index]
        guard let issued = reference.issued, let start = reference.inForceFrom, start < issued else { return [] }
        return [
            .error(
                .legalReferencesInForceBeforeIssued, at: path(index, "inForceFrom"),
                "in force from \(start) but issued \(issued)")
        ]
    }

    private func successorDiagnostics(at index: Int) -> [Diagnostic] {
        let reference = references[index]
        guard let successorID = reference.supersededBy else { return [] }
        guard let successor = self.reference(successorID) else {
            return [
                .error(
                    .legalReferencesUnknownSuccessor, at: path(index, "supersededBy"),
                    "no reference has the id \"\(successorID)\"")
            ]
        }
        if leadsBack(to: reference.id, from: successorID) {
            return [
                .error(
                    .legalReferencesSupersessionCycle, at: path(index, "supersededBy"),
                    "the chain of replacements from \"\(reference.id)\" leads back to it")
            ]
        }
        var diagnostics: [Diagnostic] = []
        if status(of: successor, on: asOf).isSuperseded {
            diagnostics.append(
                .warning(
                    .legalReferencesOutdatedSuccessor, at: path(index, "supersededBy"),
                    "\"\(successorID)\" is itself replaced; name the reference that applies instead"))
        }
        if let takeOver = reference.supersededFrom, let start = successor.inForceFrom, takeOver < start {
            diagnostics.append(
                .warning(
                    .legalReferencesSuccessorNotYetInForce, at: path(index, "supersededFrom"),
                    "replaced from \(takeOver), but \"\(successorID)\" applies only from \(start)"))
        }
        return diagnostics
    }

    /// Whether following `supersededBy` from `start` reaches `id`.
    private func leadsBack(to id: LegalReferenceID, from start: LegalReferenceID) -> Bool {
        var visited: Set<LegalReferenceID> = []
        var current: LegalReferenceID? = start
        while let next = current, visited.insert(next).inserted {
            if next == id { return true }
            current = reference(next)?.supersededBy
        }
        return false
    }
}
