import QtQuick
import Accueil.Controllers
import QtTest
import Accueil
import AccueilTest

Item {
    id: root
    width: 1080
    height: 1920

    WelcomeScreen {
        id: welcome
        anchors.fill: parent
        unit: 10.8
        controller: TestSelfService
        visible: TestSelfService.screen === SelfServiceController.WelcomeScreen
    }
    ResultScreen {
        id: result
        anchors.fill: parent
        unit: 10.8
        controller: TestSelfService
        visible: TestSelfService.screen === SelfServiceController.AnswerScreen
    }

    TestCase {
        name: "SelfServiceScreens"
        when: windowShown

        function textShown(item, text) {
            if (item.text !== undefined && String(item.text).indexOf(text) >= 0 && item.visible)
                return true
            for (let i = 0; i < item.children.length; ++i) {
                if (textShown(item.children[i], text))
                    return true
            }
            return false
        }

        function test_1_welcomeInvitesToScan() {
            verify(welcome.visible)
            verify(textShown(welcome, "Scan your QR code"), "the headline in the screen's language")
            verify(textShown(welcome, "RAICT 2026"))
            verify(TestSelfService.viewfinder !== null, "the camera view is handed to the controller")
        }

        function test_2_greetingThenBack() {
            TestSelfService.scan("K-1", "scanner")
            verify(result.visible)
            verify(textShown(result, "Hélène"), "the greeting names the person")
            verify(textShown(result, "Ville de Lyon"))
            TestSelfService.backToWelcome()
            verify(welcome.visible)
        }

        function test_3_unknownCodeSaysWhatToDo() {
            TestSelfService.scan("NOT-A-CODE", "scanner")
            verify(result.visible)
            verify(textShown(result, "welcome desk"), "points to the desk")
            TestSelfService.backToWelcome()
        }
    }
}
