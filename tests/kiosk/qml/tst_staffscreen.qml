import QtQuick
import Accueil.Controllers
import QtTest
import Accueil
import AccueilTest

Item {
    id: root
    width: 1280
    height: 800

    StaffLogin {
        id: login
        anchors.fill: parent
        unit: 8
        staff: TestStaff
        visible: TestStaff.pinRequested
    }

    StaffScreen {
        id: screen
        anchors.fill: parent
        unit: 8
        staff: TestStaff
        dashboard: TestDashboard
        visible: TestStaff.unlocked
    }

    SignalSpy { id: badges; target: TestStaff; signalName: "badgeWanted" }

    TestCase {
        name: "StaffScreen"
        when: windowShown

        function enterPin(pin) {
            const field = findChild(login, "pinField")
            verify(field !== null)
            mouseClick(field)
            for (let i = 0; i < pin.length; ++i)
                keyClick(pin.charCodeAt(i)) // the digit keys are their characters' codes
            mouseClick(findChild(login, "unlockButton"))
            compare(field.text, "", "the field is emptied after each try")
        }

        function test_1_pinLockout() {
            TestStaff.requestPin()
            verify(TestStaff.pinRequested, "asked for")
            verify(login.visible, "the PIN dialog shows")
            enterPin("1111")
            verify(!TestStaff.unlocked, "a wrong PIN: " + TestStaff.pinMessage)
            verify(TestStaff.pinMessage.length > 0)
            // Wrong again until the limit: staff mode locks.
            for (let i = 1; i < 5; ++i) // StaffController::maxFailures
                enterPin("1111")
            verify(TestStaff.pinMessage.indexOf("60") >= 0, TestStaff.pinMessage)
            enterPin("2468")
            verify(!TestStaff.unlocked, "the right PIN is refused while locked")
            TestClock.advance(30)
            enterPin("2468")
            verify(!TestStaff.unlocked, "still locked half-way")
            verify(TestStaff.pinMessage.indexOf("31") >= 0, TestStaff.pinMessage)
            TestClock.advance(31)
            enterPin("2468")
            verify(TestStaff.unlocked, "open again after the lockout")
            verify(!login.visible, "the PIN dialog is gone")
            compare(TestStaff.pinMessage, "")
        }

        function test_2_searchAndCheckIn() {
            const field = findChild(screen, "searchField")
            mouseClick(field)
            keyClick(Qt.Key_L)
            keyClick(Qt.Key_E)
            keyClick(Qt.Key_F)
            keyClick(Qt.Key_E)
            keyClick(Qt.Key_V)
            tryCompare(TestStaff.results, "count", 1, 2000, "typed without accents, found with them")
        }

        function test_3_walkInRegisteredCheckedInAndPrinted() {
            mouseClick(findChild(screen, "walkInTab"))
            const first = findChild(screen, "walkInFirstName")
            mouseClick(first)
            keyClick(Qt.Key_I)
            first.text = first.text + "nès"
            findChild(screen, "walkInLastName").text = "Benali"
            findChild(screen, "walkInOrganisation").text = "Ville de Nantes"
            findChild(screen, "walkInEmail").text = "ines@example.fr"
            findChild(screen, "walkInCategory").text = "Élu·e"
            badges.clear()
            mouseClick(findChild(screen, "walkInButton"))
            compare(badges.count, 1, "the badge was sent to the printer")
            verify(TestStaff.status.indexOf("nès Benali") >= 0, TestStaff.status)
            compare(findChild(screen, "walkInLastName").text, "", "the form is cleared for the next person")
            // The walk-in is on the list, checked in.
            mouseClick(findChild(screen, "searchTab"))
            findChild(screen, "searchField").text = "benali"
            tryCompare(TestStaff.results, "count", 1)
        }

        function test_5_editFromTheAttendeePage() {
            mouseClick(findChild(screen, "searchTab"))
            findChild(screen, "searchField").text = "lefevre"
            tryCompare(TestStaff.results, "count", 1)
            const open = findChild(screen, "openAttendee")
            verify(open !== null)
            mouseClick(open)
            compare(TestStaff.selected.lastName, "Lefèvre-Dubois")
            const preview = findChild(screen, "badgePreview")
            tryCompare(preview, "status", Image.Ready)
            verify(preview.implicitWidth > preview.implicitHeight, "an ID-1 badge, landscape")
            const last = findChild(screen, "editLastName")
            last.text = "Lefebvre-Dubois"
            mouseClick(findChild(screen, "saveEditButton"))
            compare(TestStaff.selected.lastName, "Lefebvre-Dubois")
            verify(TestStaff.status.indexOf("Lefebvre-Dubois") >= 0, TestStaff.status)
        }

        function test_4_walkInWithoutNameIsRefused() {
            mouseClick(findChild(screen, "walkInTab"))
            badges.clear()
            mouseClick(findChild(screen, "walkInButton"))
            compare(badges.count, 0)
            verify(TestStaff.status.length > 0)
        }
    }
}
