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
            wait(50) // the page is laid out when it shows
            const first = findChild(screen, "walkInFirstName")
            mouseClick(first)
            keyClick(Qt.Key_I)
            first.text = first.text + "nès"
            findChild(screen, "walkInLastName").text = "Benali"
            findChild(screen, "walkInOrganisation").text = "Ville de Nantes"
            findChild(screen, "walkInEmail").text = "ines@example.fr"
            const category = findChild(screen, "walkInCategory")
            verify(category.editable === false, "a category is chosen from the event's list, not typed")
            tap(key("hide")) // the screen's keyboard away, as staff do before the button
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
            badges.clear()
            mouseClick(findChild(screen, "searchTab"))
            findChild(screen, "searchField").text = "lefevre"
            tryCompare(TestStaff.results, "count", 1)
            wait(50) // the rows of the new results are made
            const open = findChild(screen, "openAttendee")
            verify(open !== null)
            mouseClick(open)
            compare(TestStaff.selected.lastName, "Lefèvre-Dubois")
            const preview = findChild(screen, "badgePreview")
            tryCompare(preview, "status", Image.Ready)
            verify(preview.implicitWidth > preview.implicitHeight, "an ID-1 badge, landscape")
            // Readable: a tap shows the badge large (scrolled to first, as a person
            // would: the page's fields scroll above its fixed Save button).
            let form = preview.parent
            while (form && form.ensureVisible === undefined)
                form = form.parent
            form.ensureVisible(preview)
            wait(50)
            tap(findChild(screen, "enlargeBadge"))
            const enlarged = findChild(screen, "enlargedBadge")
            tryCompare(enlarged, "visible", true)
            verify(enlarged.width > preview.width * 1.5, "larger than the preview")
            enlarged.close()
            tryCompare(enlarged, "visible", false)
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

        // A finger on the screen: down, a person's while, up.
        function tap(item, holdMs) {
            const x = item.width / 2
            const y = item.height / 2
            const touch = touchEvent(item)
            touch.press(0, item, x, y).commit()
            wait(holdMs === undefined ? 70 : holdMs)
            touch.release(0, item, x, y).commit()
            wait(40) // before the next key, as a person would
        }
        function key(name) {
            const k = findChild(screen, "key_" + name)
            verify(k !== null, "key " + name)
            return k
        }
        function bottomOf(item) { return item.mapToItem(root, 0, 0).y + item.height }
        function topOf(item) { return item.mapToItem(root, 0, 0).y }

        function test_6_typingOnTheScreenKeyboard() {
            mouseClick(findChild(screen, "searchTab"))
            TestStaff.closeSelection()
            const field = findChild(screen, "searchField")
            field.text = ""
            const keyboard = findChild(screen, "staffKeyboard")
            verify(!keyboard.visible, "no keyboard until a field is touched")
            tap(field)
            tryCompare(keyboard, "visible", true)
            verify(bottomOf(field) <= topOf(keyboard), "the keyboard leaves the field in view")
            for (const k of ["l", "e", "f", "è"])
                tap(key(k))
            compare(field.text, "lefè")
            tryCompare(TestStaff.results, "count", 1, 2000, "found by what was typed on the screen")
            tap(key("backspace"))
            compare(field.text, "lef")
            // Capitals and accents: Shift, then É.
            tap(key("shift"))
            tap(key("é"))
            compare(field.text, "lefÉ")
            for (const k of ["é", "è", "ê", "ë", "à", "â", "ç", "ï", "î", "ô", "ù", "û", "ü", "ñ"])
                verify(key(k).visible, k)
            // Targets a finger can hit: 9 mm at least.
            verify(key("a").height >= screen.minTarget - 0.5, key("a").height + " < " + screen.minTarget)
            verify(key("a").width >= screen.minTarget - 0.5)
            // Every staff field gets it, the walk-in and the edit fields too.
            mouseClick(findChild(screen, "walkInTab"))
            const first = findChild(screen, "walkInFirstName")
            tap(first)
            tryCompare(keyboard, "visible", true)
            verify(bottomOf(first) <= topOf(keyboard))
            tap(key("shift")); tap(key("i")); tap(key("n")); tap(key("è")); tap(key("s"))
            compare(first.text, "Inès")
            first.text = ""
            tap(key("hide"))
            tryCompare(keyboard, "visible", false)
            mouseClick(findChild(screen, "searchTab"))
            field.text = ""
        }

        function test_7_pinOnTheDigitPad() {
            TestStaff.lock()
            TestStaff.requestPin()
            verify(login.visible)
            const pin = findChild(login, "pinField")
            for (const d of ["2", "4", "6", "1"])
                tap(findChild(login, "pinKey_" + d))
            compare(pin.text, "2461")
            tap(findChild(login, "pinKey_⌫"))
            tap(findChild(login, "pinKey_8"))
            compare(pin.text, "2468")
            const digit = findChild(login, "pinKey_5")
            verify(digit.height >= login.minTarget - 0.5 && digit.width >= login.minTarget - 0.5)
            tap(findChild(login, "pinKey_✓"))
            verify(TestStaff.unlocked, TestStaff.pinMessage)
        }

        function test_8_undoNeedsAHoldOrASecondTap() {
            mouseClick(findChild(screen, "searchTab"))
            const field = findChild(screen, "searchField")
            field.text = "lefe"
            tryCompare(TestStaff.results, "count", 1)
            const list = findChild(screen, "results")
            const listTop = topOf(list)
            TestStaff.closeSelection()
            wait(50)
            const row = findChild(screen, "markArrived").parent.parent
            if (row.checkedIn) { // start from someone not arrived
                TestStaff.undoLastCheckIn(row.attendeeId)
                TestStaff.lock()
                TestStaff.requestPin()
                for (const d of ["2", "4", "6", "8", "✓"])
                    tap(findChild(login, "pinKey_" + d))
                field.text = ""
                field.text = "lefe"
                wait(50)
            }
            compare(topOf(list), listTop)
            const mark = findChild(screen, "markArrived")
            let chain = ""
            for (let p = mark; p; p = p.parent) chain += p + ":" + p.visible + " "
            verify(mark.visible, "not arrived yet")
            compare(TestStaff.status, "", "nothing said yet")
            compare(mark.text, "Mark as arrived")
            tap(mark)
            verify(TestStaff.status.length > 0)
            compare(topOf(list), listTop, "the list stays where it was when the status line speaks")
            const undo = findChild(screen, "undoArrival")
            tryCompare(undo, "visible", true)
            // One tap by mistake undoes nothing.
            tap(undo)
            verify(undo.visible, "still arrived after one tap")
            compare(undo.text, "Tap again to undo")
            tap(undo)
            tryVerify(() => findChild(screen, "markArrived") !== null && findChild(screen, "markArrived").visible, 2000, "undone after the second tap")
            // Press and hold: undone without a question.
            tap(findChild(screen, "markArrived"))
            const undo2 = findChild(screen, "undoArrival")
            tryCompare(undo2, "visible", true)
            tap(undo2, 1500)
            tryVerify(() => findChild(screen, "markArrived").visible, 2000, "undone by the long press")
            field.text = ""
        }

        function test_9_figuresNeverOnTopOfEachOther() {
            for (let round = 0; round < 2; ++round) {
                mouseClick(findChild(screen, "dashboardTab"))
                wait(50)
                mouseClick(findChild(screen, "searchTab"))
                wait(50)
            }
            mouseClick(findChild(screen, "dashboardTab"))
            const flow = findChild(screen, "figures")
            tryVerify(() => flow.visible && flow.children.length >= 4)
            wait(50)
            const tiles = []
            for (let i = 0; i < flow.children.length; ++i) {
                const c = flow.children[i]
                if (c.width > 0 && c.height > 0 && c.visible)
                    tiles.push(c.mapToItem(root, 0, 0))
            }
            compare(tiles.length, 4)
            for (let a = 0; a < tiles.length; ++a) {
                for (let b = a + 1; b < tiles.length; ++b) {
                    const w = flow.children[0].width
                    const h = flow.children[0].height
                    const apart = Math.abs(tiles[a].x - tiles[b].x) >= w || Math.abs(tiles[a].y - tiles[b].y) >= h
                    verify(apart, "figures " + a + " and " + b + " overlap")
                }
            }
            mouseClick(findChild(screen, "searchTab"))
        }
    }
}
