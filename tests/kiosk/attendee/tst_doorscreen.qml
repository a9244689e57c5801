import QtQuick
import Accueil.Controllers
import QtTest
import Accueil
import AccueilTest

// A session door worked with a finger: in and out, the full-screen answer,
// the room's counter, and the staff PIN on the digit pad.
Item {
    id: root
    width: 1280
    height: 800

    DoorScreen {
        id: door
        anchors.fill: parent
        unit: 8
        door: TestDoor
    }

    TestCase {
        name: "DoorScreen"
        when: windowShown

        function tap(item) {
            verify(item.visible, item.objectName + " is visible")
            const p = item.mapToItem(root, item.width / 2, item.height / 2)
            touchEvent(root).press(0, root, p.x, p.y).commit()
            wait(90)
            touchEvent(root).release(0, root, p.x, p.y).commit()
            wait(50)
        }

        function answerTitle() {
            return findChild(door, "doorAnswerTitle")
        }

        // The answer fills the screen, in large type; a touch makes it go.
        function expectAnswer(kind, title) {
            compare(TestDoor.answer, kind)
            const text = answerTitle()
            tryCompare(text, "visible", true)
            compare(text.text, title)
            verify(text.font.pixelSize >= 80, "readable from afar: " + text.font.pixelSize)
            tap(text)
            tryCompare(TestDoor, "answer", DoorController.None)
        }

        function typePin(pin) {
            for (let i = 0; i < pin.length; ++i)
                tap(findChild(door, "doorPinKey" + pin[i]))
            tap(findChild(door, "doorPinKeyOK"))
        }

        function test_1_inOutAndBack() {
            verify(TestDoor.chooseSession("A1"))
            const counter = findChild(door, "doorCounter")
            TestDoor.scan("D-1", "scanner")
            expectAnswer(DoorController.Admitted, "Come in")
            compare(counter.text, "1 / 2")
            tap(findChild(door, "doorLeaving"))
            verify(TestDoor.leaving)
            TestDoor.scan("D-1", "scanner")
            expectAnswer(DoorController.Left, "Goodbye")
            compare(counter.text, "0 / 2")
            tap(findChild(door, "doorEntering"))
            verify(!TestDoor.leaving)
            TestDoor.scan("D-1", "scanner")
            expectAnswer(DoorController.WelcomeBack, "Welcome back")
            compare(counter.text, "1 / 2")
        }

        function test_2_letInAnywayTakesThePin() {
            TestDoor.scan("D-2", "scanner")
            expectAnswer(DoorController.Admitted, "Come in")
            TestDoor.scan("D-3", "scanner")
            expectAnswer(DoorController.Refused, "Room full")
            tap(findChild(door, "doorLetIn"))
            compare(TestDoor.pinFor, DoorController.LetIn)
            typePin("1111")
            verify(TestDoor.pinMessage.length > 0, "a wrong PIN is said")
            compare(TestDoor.count, 2)
            typePin("2468")
            compare(TestDoor.pinFor, DoorController.NoAction)
            expectAnswer(DoorController.Admitted, "Come in")
            compare(TestDoor.count, 3)
        }

        function test_3_changingTheSessionTakesThePin() {
            tap(findChild(door, "doorChangeSession"))
            compare(TestDoor.pinFor, DoorController.ChangeSession)
            tap(findChild(door, "doorPinCancel"))
            compare(TestDoor.sessionId, "s-a1")
            tap(findChild(door, "doorChangeSession"))
            typePin("2468")
            compare(TestDoor.sessionId, "")
        }
    }
}
