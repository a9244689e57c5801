pragma ComponentBehavior: Bound
import QtQuick
import Accueil.Controllers
import QtQuick.Window
import Accueil

// The kiosk window: the welcome screen, and the answer to each scan over it.
Window {
    id: window

    required property SelfServiceController controller
    required property StaffController staff
    required property DoorController door
    required property DashboardController dashboard
    // A tablet at a session door instead of a self-service kiosk.
    required property bool doorMode

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
        visible: !window.doorMode && window.controller.state === SelfServiceController.Welcome
    }

    ResultScreen {
        anchors.fill: parent
        unit: window.unit
        controller: window.controller
        visible: !window.doorMode && window.controller.state !== SelfServiceController.Welcome
                 && !(window.controller.state === SelfServiceController.NoCode && window.controller.selfSearch)
    }

    SelfSearchScreen {
        anchors.fill: parent
        unit: window.unit
        controller: window.controller
        visible: !window.doorMode && window.controller.state === SelfServiceController.NoCode && window.controller.selfSearch
    }

    DoorScreen {
        anchors.fill: parent
        unit: window.unit
        door: window.door
        visible: window.doorMode
    }

    // Staff mode: a long press in the top right corner, then the PIN.
    MouseArea {
        anchors.top: parent.top
        anchors.right: parent.right
        width: window.unit * 12
        height: width
        pressAndHoldInterval: 2000
        Accessible.name: qsTr("Staff access (press and hold)")
        onPressAndHold: window.loginRequested = true
    }
    property bool loginRequested: false
    Component.onCompleted: window.staff.unlockedChanged.connect(() => { window.loginRequested = false })
    StaffLogin {
        anchors.fill: parent
        unit: window.unit
        staff: window.staff
        visible: window.loginRequested
        onCancelled: window.loginRequested = false
    }
    StaffScreen {
        anchors.fill: parent
        unit: window.unit
        staff: window.staff
        dashboard: window.dashboard
        visible: window.staff.unlocked
    }
}
