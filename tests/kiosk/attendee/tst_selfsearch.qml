import QtQuick
import Accueil.Controllers
import QtTest
import Accueil
import AccueilTest

// Finding oneself by name as a person does it: typing at a person's pace,
// touching a name, answering the question; the list scrolls above the
// keyboard and Back stays within reach, in landscape and in portrait.
Item {
    id: root
    width: 1280
    height: 800

    SelfSearchScreen {
        id: search
        anchors.fill: parent
        unit: Math.min(root.width, root.height) / 100
        controller: TestSelfService
        visible: TestSelfService.screen === SelfServiceController.SelfSearchScreen
    }
    ResultScreen {
        id: result
        anchors.fill: parent
        unit: Math.min(root.width, root.height) / 100
        controller: TestSelfService
        visible: TestSelfService.screen === SelfServiceController.AnswerScreen
    }

    TestCase {
        name: "SelfSearch"
        when: windowShown

        // About eight keys a second, as people type on a screen.
        function type(text) {
            for (let i = 0; i < text.length; ++i) {
                keyClick(text[i])
                wait(120)
            }
        }

        // A finger: down, a moment, up, at the middle of the item.
        function tap(item) {
            const p = item.mapToItem(root, item.width / 2, item.height / 2)
            touchEvent(root).press(0, root, p.x, p.y).commit()
            wait(90)
            touchEvent(root).release(0, root, p.x, p.y).commit()
            wait(50)
        }

        function keyboardTop() {
            let keyboard = null
            for (let i = 0; i < search.children.length; ++i) {
                if (search.children[i].objectName === "selfSearchKeyboard")
                    keyboard = search.children[i]
            }
            verify(keyboard !== null)
            return keyboard.mapToItem(root, 0, 0).y
        }

        function bottomOf(item) {
            return item.mapToItem(root, 0, item.height).y
        }

        function visibleNames(list) {
            let names = []
            for (let i = 0; i < list.contentItem.children.length; ++i) {
                const d = list.contentItem.children[i]
                if (d.text !== undefined && d.visible)
                    names.push(d.text)
            }
            return names
        }

        function startSearch(width, height, letters, found) {
            TestSelfService.backToWelcome()
            root.width = width
            root.height = height
            TestSelfService.showNoCode()
            tryCompare(search, "visible", true)
            const field = findChild(search, "selfSearchField")
            tryCompare(field, "activeFocus", true)
            type(letters)
            const list = findChild(search, "selfSearchResults")
            tryCompare(list, "count", found)
            return list
        }

        function test_1_resultsScrollAboveTheKeyboard_data() {
            return [{ tag: "1920x1080", w: 1920, h: 1080 }, { tag: "1280x800", w: 1280, h: 800 },
                    { tag: "1080x1920", w: 1080, h: 1920 }]
        }
        function test_1_resultsScrollAboveTheKeyboard(data) {
            const list = startSearch(data.w, data.h, "lef", 7)
            const top = keyboardTop()
            verify(bottomOf(list) <= top + 1, "the list ends above the keyboard")
            const back = findChild(search, "selfSearchBack")
            verify(back.visible)
            verify(bottomOf(back) <= top + 1, "Back is above the keyboard: " + bottomOf(back) + " > " + top)
            verify(back.mapToItem(root, 0, 0).y >= 0)
            if (data.h > data.w) {
                // Portrait: what is touched is in the lower half, within reach.
                verify(list.mapToItem(root, 0, 0).y >= root.height * 0.3, "the names start low enough: " + list.mapToItem(root, 0, 0).y + " keyboard " + top)
                verify(back.mapToItem(root, 0, 0).y >= root.height * 0.5, "Back is low enough")
            }
            // Every name can be reached: drag the list with a finger when it does not fit.
            if (list.contentHeight > list.height) {
                const x = list.width / 2
                const p = list.mapToItem(root, x, list.height - 10)
                let touch = touchEvent(root).press(0, root, p.x, p.y)
                touch.commit()
                for (let dy = 0; dy <= list.height - 20; dy += 20) {
                    wait(16)
                    touchEvent(root).move(0, root, p.x, p.y - dy).commit()
                }
                touchEvent(root).release(0, root, p.x, p.y - (list.height - 20)).commit()
                tryVerify(() => list.contentY > 0, 2000, "the list scrolls")
            }
            const names = visibleNames(list)
            for (let i = 0; i < names.length; ++i)
                verify(names[i].indexOf("Ville de Lyon") < 0, "no organisation without namesakes: " + names[i])
            tap(back)
            tryCompare(TestSelfService, "state", SelfServiceController.Welcome)
        }

        // Someone who knows only a stranger's name cannot check them in.
        function test_2_aNameAloneChecksNobodyIn() {
            const list = startSearch(1280, 800, "lefo", 1)
            let first = null
            for (let i = 0; i < list.contentItem.children.length; ++i) {
                const d = list.contentItem.children[i]
                if (d.text !== undefined && d.text.indexOf("Lefort") >= 0)
                    first = d
            }
            verify(first !== null, "Lefort is listed")
            tap(first)
            tryCompare(TestSelfService, "state", SelfServiceController.Proof)
            const proof = findChild(search, "proofField")
            tryCompare(proof, "activeFocus", true)
            const confirm = findChild(search, "proofConfirm")
            for (const guess of ["lef", "mar", "lyo"]) { // what the name and the city suggest
                type(guess)
                tap(confirm)
                compare(proof.text, "", "the field is emptied after a wrong answer")
                if (TestSelfService.state === SelfServiceController.Proof)
                    verify(proof.activeFocus, "the keyboard stays with the field")
            }
            tryCompare(result, "visible", true)
            compare(TestSelfService.state, SelfServiceController.ToDesk)
            verify(!TestLedger.checkedIn("Q-3"), "Lefort is not checked in")
            TestSelfService.backToWelcome()
        }

        function test_3_thePersonWhoKnowsGetsIn() {
            const list = startSearch(1280, 800, "lefra", 2)
            let me = null
            for (let i = 0; i < list.contentItem.children.length; ++i) {
                const d = list.contentItem.children[i]
                if (d.text !== undefined && d.text.indexOf("Lefranc") >= 0)
                    me = d
            }
            verify(me !== null)
            tap(me)
            tryCompare(TestSelfService, "state", SelfServiceController.Proof)
            type("MAI") // mairie@…: as typed, capitals or not
            keyClick(Qt.Key_Return)
            tryCompare(TestSelfService, "state", SelfServiceController.Greeting)
            verify(TestLedger.checkedIn("Q-5"))
            TestSelfService.backToWelcome()
        }
    }
}
