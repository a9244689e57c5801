pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Layouts
import Accueil.Controllers
import Accueil

// "More time?": shown when a screen's time is up, before it goes. One touch
// keeps the screen; the countdown says how long is left to answer.
Rectangle {
    id: prompt

    required property real unit
    required property SelfServiceController controller

    readonly property real bandTop: controller.reach.bandTop(controller.reachMode, width, height)
    readonly property real bandBottom: controller.reach.bandBottom(controller.reachMode, width, height)
    readonly property real readable: controller.reachMode ? controller.reach.pixelSizeForCapitals(6, width, height) : 0

    color: Theme.scrim
    visible: controller.timer.asking
    // The screen behind stays as it was: touches go to the question only.
    MouseArea {
        anchors.fill: parent
        Accessible.ignored: true
    }

    Rectangle {
        id: panel
        objectName: "moreTimePanel"
        width: Math.min(prompt.width - prompt.unit * 6, prompt.unit * 110)
        height: content.implicitHeight + prompt.unit * 6
        anchors.horizontalCenter: parent.horizontalCenter
        // Its buttons within reach: the panel ends at the band's lower edge, or is centred in it.
        y: Math.max(0, Math.min((prompt.bandTop + prompt.bandBottom - height) / 2, prompt.bandBottom - height))
        radius: prompt.unit * 2
        color: Theme.surface
        border.color: Theme.accent
        border.width: Math.max(3, prompt.unit * 0.5)

        ColumnLayout {
            id: content
            anchors.fill: parent
            anchors.margins: prompt.unit * 3
            spacing: prompt.unit * 2

            RowLayout {
                Layout.fillWidth: true
                spacing: prompt.unit * 2
                // An hourglass in a circle: the same sign whatever the colour seen.
                Rectangle {
                    Layout.preferredWidth: prompt.unit * 10
                    Layout.preferredHeight: prompt.unit * 10
                    radius: width / 2
                    color: Theme.accent
                    Accessible.ignored: true
                    Text {
                        anchors.centerIn: parent
                        text: "⌛"
                        color: Theme.onColour
                        font.pixelSize: prompt.unit * 6
                    }
                }
                Text {
                    objectName: "moreTimeQuestion"
                    Layout.fillWidth: true
                    text: qsTr("Do you need more time?")
                    font.pixelSize: Math.max(prompt.unit * 5, prompt.readable)
                    font.bold: true
                    color: Theme.text
                    wrapMode: Text.WordWrap
                    Accessible.role: Accessible.Heading
                }
            }
            Text {
                Layout.fillWidth: true
                text: qsTr("Touch “More time” to keep this screen. Otherwise it goes back to the start in %n second(s).",
                           "", prompt.controller.timer.secondsLeft)
                font.pixelSize: Math.max(prompt.unit * 3.2, prompt.readable)
                color: Theme.text
                wrapMode: Text.WordWrap
            }
            RowLayout {
                Layout.fillWidth: true
                spacing: prompt.unit * 2
                KioskButton {
                    id: moreButton
                    objectName: "moreTimeButton"
                    Layout.fillWidth: true
                    unit: prompt.unit
                    minimumTextSize: prompt.readable
                    checked: true
                    text: qsTr("More time")
                    Accessible.name: qsTr("More time: keep this screen")
                    onClicked: prompt.controller.keepScreen()
                }
                KioskButton {
                    objectName: "moreTimeDone"
                    Layout.fillWidth: true
                    unit: prompt.unit
                    minimumTextSize: prompt.readable
                    text: qsTr("I am done")
                    Accessible.name: qsTr("I am done: back to the start")
                    onClicked: {
                        prompt.controller.setReachMode(false)
                        prompt.controller.backToWelcome()
                    }
                }
            }
        }
    }
    // A keyboard's Enter or Space answers at once.
    onVisibleChanged: if (visible) moreButton.forceActiveFocus()
}
