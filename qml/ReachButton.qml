import QtQuick
import Accueil.Controllers
import Accueil

// Reach mode on and off: every control an attendee needs moves within
// 800–1 100 mm of the floor and the text grows. One tap, no timing.
KioskButton {
    id: reach

    required property SelfServiceController controller

    objectName: "reachButton"
    checked: controller.reachMode
    text: qsTr("Easy reach")
    Accessible.name: controller.reachMode ? qsTr("Easy reach is on: touch to turn it off")
                                          : qsTr("Easy reach: controls lower, text larger")
    Accessible.checkable: true
    Accessible.checked: controller.reachMode
    onClicked: controller.setReachMode(!controller.reachMode)
}
