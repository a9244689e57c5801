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
    required property KioskSpeech speech
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

    // "More time?" over any attendee screen whose time is up.
    MoreTimePrompt {
        anchors.fill: parent
        unit: window.unit
        controller: window.controller
        visible: window.controller.timer.asking && window.controller.screen !== SelfServiceController.DoorScreen
    }

    // Staff mode: a long press in the top right corner, or Ctrl+Alt+S on a
    // keyboard (no timed gesture needed), then the PIN.
    Shortcut {
        sequence: "Ctrl+Alt+S"
        onActivated: window.staff.requestPin()
    }
    // Speech for people who cannot read the screen (not at a session door, not in staff mode).
    SpeechControl {
        anchors.right: parent.right
        anchors.rightMargin: window.unit
        // Bottom right; in reach mode at the top of the 800–1 100 mm band (below
        // the staff corner), where the screens leave the right side free.
        y: window.controller.reachMode
           ? Math.max(window.unit * 13, window.controller.reach.bandTop(true, window.width, window.height))
           : window.height - height - window.unit
        minimumTextSize: window.controller.reachMode
                         ? window.controller.reach.pixelSizeForCapitals(6, window.width, window.height) : 0
        unit: window.unit
        speech: window.speech
        visible: window.controller.screen !== SelfServiceController.DoorScreen && !window.staff.unlocked
                 && !window.staff.pinRequested
    }

    MouseArea {
        anchors.top: parent.top
        anchors.right: parent.right
        width: window.unit * 12
        height: width
        pressAndHoldInterval: 2000
        Accessible.name: qsTr("Staff access (press and hold)")
        Accessible.role: Accessible.Button
        Accessible.onPressAction: window.staff.requestPin()
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
