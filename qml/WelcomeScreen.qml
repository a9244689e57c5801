pragma ComponentBehavior: Bound
import QtQuick
import Accueil.Controllers
import QtQuick.Layouts
import QtMultimedia
import Accueil

// Event name, the instruction in the screen's language (and in English), the camera's view with a
// frame to aim at, language choice and the way for people without a code.
Item {
    id: screen

    required property real unit
    required property SelfServiceController controller

    readonly property bool portrait: height > width
    // The row 800 mm above the floor: the controls, the reach button among
    // them, stay above it in every mode (in portrait they sit mid-screen).
    readonly property real comfortBottom: controller.reach.bandBottom(true, width, height)
    // Reach mode: capital letters 6 mm high at least.
    readonly property real readable: controller.reachMode ? controller.reach.pixelSizeForCapitals(6, width, height) : 0

    GridLayout {
        anchors.fill: parent
        anchors.margins: screen.unit * 4
        // In landscape the controls end where 800 mm begins (in portrait they sit mid-screen).
        anchors.bottomMargin: screen.portrait ? screen.unit * 4
                                              : Math.max(screen.unit * 4, screen.height - screen.comfortBottom + screen.unit)
        columns: screen.portrait ? 1 : 2
        columnSpacing: screen.unit * 4
        rowSpacing: screen.unit * 3

        ColumnLayout {
            Layout.fillWidth: true
            Layout.fillHeight: true
            Layout.preferredWidth: 1
            // Tighter in landscape, where everything ends above the 800 mm row.
            spacing: screen.unit * (screen.portrait ? 2 : 1)

            Text {
                // Long event names shrink to fit; they are never cut.
                Layout.fillWidth: true
                Layout.preferredHeight: screen.unit * 18
                Layout.minimumHeight: screen.unit * 7 // gives way to the controls when the band is short
                text: screen.controller.eventName
                font.pixelSize: screen.unit * 5
                minimumPixelSize: Math.max(screen.unit * 2, screen.readable)
                fontSizeMode: Text.Fit
                font.bold: true
                color: Theme.accent
                wrapMode: Text.WordWrap
                verticalAlignment: Text.AlignTop
            }
            Text {
                Layout.fillWidth: true
                text: screen.controller.eventDates
                font.pixelSize: Math.max(screen.unit * 3.2, screen.readable)
                color: Theme.muted
            }
            Item { Layout.fillHeight: true; Layout.minimumHeight: screen.unit * 2 }
            Text {
                objectName: "welcomeHeadline"
                Layout.fillWidth: true
                text: qsTr("Scan your QR code")
                font.pixelSize: Math.max(screen.unit * 6, screen.readable * 1.4)
                font.bold: true
                color: Theme.text
                wrapMode: Text.WordWrap
            }
            Text {
                // In English too, for visitors who read neither of the others.
                Layout.fillWidth: true
                visible: screen.controller.language !== "en"
                text: QT_TR_NOOP("Scan your QR code")
                font.pixelSize: Math.max(screen.unit * 4.5, screen.readable)
                color: Theme.muted
                wrapMode: Text.WordWrap
            }
            Text {
                Layout.fillWidth: true
                text: qsTr("Hold the code of your confirmation up to the camera, on your phone or on paper.")
                font.pixelSize: Math.max(screen.unit * 2.8, screen.readable)
                color: Theme.text
                wrapMode: Text.WordWrap
            }
            Item { Layout.fillHeight: true; Layout.minimumHeight: screen.unit * 2 }
            Flow {
                Layout.fillWidth: true
                spacing: screen.unit * 2
                Repeater {
                    model: screen.controller.languages
                    delegate: KioskButton {
                        id: languageButton
                        required property string code
                        required property string nativeName
                        unit: screen.unit
                        minimumTextSize: screen.readable
                        text: languageButton.nativeName
                        checked: screen.controller.language === languageButton.code
                        Accessible.name: languageButton.nativeName
                        onClicked: screen.controller.chooseLanguage(languageButton.code)
                    }
                }
            }
            Text {
                // For staff passing by: the badge printer needs them.
                Layout.fillWidth: true
                visible: text.length > 0
                text: screen.controller.printerAlert.length > 0 ? "⚠ " + screen.controller.printerAlert : ""
                font.pixelSize: Math.max(screen.unit * 2.2, screen.readable)
                color: Theme.warning
                wrapMode: Text.WordWrap
            }
            Flow {
                Layout.fillWidth: true
                spacing: screen.unit * 2
                KioskButton {
                    objectName: "noCodeButton"
                    unit: screen.unit
                    minimumTextSize: screen.readable
                    text: qsTr("No code?")
                    Accessible.name: qsTr("I have no code")
                    onClicked: screen.controller.showNoCode()
                }
                ReachButton {
                    unit: screen.unit
                    minimumTextSize: screen.readable
                    controller: screen.controller
                }
            }
        }

        Rectangle {
            Layout.fillWidth: true
            Layout.fillHeight: true
            Layout.preferredWidth: 1
            Layout.minimumHeight: screen.unit * 30
            radius: screen.unit * 2
            color: Theme.viewfinder
            clip: true

            VideoOutput {
                id: viewfinder
                anchors.fill: parent
                fillMode: VideoOutput.PreserveAspectCrop
                Component.onCompleted: screen.controller.viewfinder = viewfinder.videoSink
            }
            // When the camera fails, people are told what to do instead.
            Rectangle {
                anchors.left: parent.left
                anchors.right: parent.right
                anchors.top: parent.top
                anchors.margins: screen.unit * 2
                height: problem.implicitHeight + screen.unit * 3
                radius: screen.unit
                color: Theme.warning
                visible: screen.controller.cameraProblem.length > 0
                Text {
                    id: problem
                    anchors.fill: parent
                    anchors.margins: screen.unit * 1.5
                    text: "⚠ " + screen.controller.cameraProblem
                    color: Theme.onColour
                    font.pixelSize: Math.max(screen.unit * 2.6, screen.readable)
                    wrapMode: Text.WordWrap
                }
            }
            // The frame to aim at.
            Rectangle {
                anchors.centerIn: parent
                width: Math.min(parent.width, parent.height) * 0.6
                height: width
                color: Theme.clear
                border.color: Theme.onColour
                border.width: screen.unit * 0.6
                radius: screen.unit * 2
                opacity: 0.85
            }
            Text {
                anchors.bottom: parent.bottom
                anchors.horizontalCenter: parent.horizontalCenter
                anchors.bottomMargin: screen.unit * 2
                text: qsTr("Place the code inside the frame")
                color: Theme.onColour
                font.pixelSize: Math.max(screen.unit * 2.6, screen.readable)
                style: Text.Outline
                styleColor: Theme.outline
            }
        }
    }
}
