pragma ComponentBehavior: Bound
import QtQuick
import Accueil.Controllers
import QtQuick.Window
import Accueil

// The kiosk window: the screen the controller chooses, and staff mode over it.
Window {
    id: window

    required property SelfServiceController controller
    required property StaffController staff
    required property DoorController door
    required property DashboardController dashboard
    required property EnrolmentController enrolment

    width: 1920
    height: 1080
    visible: true
    color: Theme.background
    title: qsTr("Accueil — check-in")

    // Everything scales with the short side, so the same screens serve a
    // landscape kiosk, a portrait kiosk and a door tablet.
    readonly property real unit: Math.min(width, height) / 100

    WelcomeScreen {
        anchors.fill: parent
        unit: window.unit
        controller: window.controller
        visible: window.controller.screen === SelfServiceController.WelcomeScreen
    }

    ResultScreen {
        anchors.fill: parent
        unit: window.unit
        controller: window.controller
        visible: window.controller.screen === SelfServiceController.AnswerScreen
    }

    SelfSearchScreen {
        anchors.fill: parent
        unit: window.unit
        controller: window.controller
        visible: window.controller.screen === SelfServiceController.SelfSearchScreen
    }

    DoorScreen {
        anchors.fill: parent
        unit: window.unit
        door: window.door
        visible: window.controller.screen === SelfServiceController.DoorScreen
    }

    // Staff mode: a long press in the top right corner, then the PIN.
    MouseArea {
        anchors.top: parent.top
        anchors.right: parent.right
        width: window.unit * 12
        height: width
        pressAndHoldInterval: 2000
        Accessible.name: qsTr("Staff access (press and hold)")
        onPressAndHold: window.staff.requestPin()
    }
    StaffLogin {
        anchors.fill: parent
        unit: window.unit
        staff: window.staff
        visible: window.staff.pinRequested
    }
    StaffScreen {
        anchors.fill: parent
        unit: window.unit
        staff: window.staff
        dashboard: window.dashboard
        visible: window.staff.unlocked
    }

    // A kiosk not yet enrolled shows nothing else.
    EnrolmentScreen {
        anchors.fill: parent
        unit: window.unit
        enrolment: window.enrolment
        visible: window.enrolment.needed
    }
}
