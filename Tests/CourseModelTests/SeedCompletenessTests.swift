import DocumentTree
import ForebygCore
import Testing
@testable import CourseModel

/// Sentences of seed 000 that the audit found missing, each asserted verbatim in the Danish
/// documents of the module.
@Suite struct SeedCompletenessTests {
    /// The text of every Danish document the module makes from the seed's content.
    static let danishText: String = {
        let meetings = MeetingKind.allCases.map { $0.document(in: .danish) }
        let sheets = SupportSheet.allCases.map { $0.document(in: .danish) }
        return (meetings + sheets).map(plainText(of:)).joined(separator: "\n")
    }()

    @Test(arguments: [
        "Derefter guider tovholderen deltagerne igennem en ’bordet rundt-runde’, hvor deltagerne på skift byder ind med fortællinger om konkrete erfaringer med at forebygge og håndtere vold fra deres arbejde i botilbuddet.",
        "Arbejdsgruppen vælger at fokusere på én af fortællingerne.",
        "Samtidig bruger tovholderen spørgeguiden i støtteark 3 til at sikre, at arbejdsgruppen kommer godt rundt om de forskellige spørgsmål",
        "Tovholderen noterer forslagene ned i skemaet i støtteark 4 og sørger for, at skemaet gives videre til implementeringsgruppen.",
        "Foretrækker gruppen en ny fortælling, kan gruppen – hvis det er muligt – vælge en fortæller med det samme, så han/hun får mulighed for at forberede sig.",
        "Tovholderen inviterer arbejdsgruppen til det næste praksisfortællingsmøde ca. 2 uger efter det første møde.",
        "starter arbejdsgruppen med at finde ud af, hvilken historie der skal fortælles, og hvem der skal fortælle.",
        "fx problemer med at bruge metoden eller med at omsætte praksisfortællingerne til konkrete forslag til nye tiltag.",
        "Mødet forløber på samme måde som sidste møde i implementeringsgruppen med de samme punkter på dagsordenen.",
    ])
    func storyAndPreMeetingTextIsCarried(sentence: String) {
        #expect(Self.danishText.contains(sentence))
    }

    @Test func theFirstAndSecondStoryMeetingsDiffer() {
        let chosen = "Arbejdsgruppen vælger at fokusere på én af fortællingerne."
        let first = MeetingKind.storyMeeting.agenda(number: 1, of: 6).flatMap(\.details)
        let second = MeetingKind.storyMeeting.agenda(number: 2, of: 6)
        #expect(first.contains(chosen))
        #expect(!second.flatMap(\.details).contains(chosen))
        #expect(second.last?.details.first?.hasPrefix("Tovholderen spørger til sidst") == true)
        let stepsHaveNoDetails = MeetingKind.storyMeetingSteps.allSatisfy(\.details.isEmpty)
        #expect(stepsHaveNoDetails)
    }
}
