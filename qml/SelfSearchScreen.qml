pragma ComponentBehavior: Bound
import QtQuick
import Accueil.Controllers
import QtQuick.Controls.Basic
import QtQuick.Layouts
import QtQuick.VirtualKeyboard
import QtQuick.VirtualKeyboard.Settings
import Accueil

// For people without a code, when the organisers allow it: type the start of
// your name on the screen's keyboard, touch your name, then answer what only
// you know from your registration. Names scroll above the keyboard; Back
// stays in view, within reach, in portrait too.
Rectangle {
    id: screen

    required property real unit
    required property SelfServiceController controller

    readonly property bool portrait: height > width
    readonly property bool proving: controller.state === SelfServiceController.Proof

    color: Theme.background

    ColumnLayout {
        id: header
        anchors.left: parent.left
        anchors.right: parent.right
        anchors.top: parent.top
        anchors.margins: screen.unit * 3
        spacing: screen.unit * 1.5

        Text {
            Layout.fillWidth: true
            text: screen.controller.title
            font.pixelSize: screen.unit * (screen.portrait ? 5 : 4)
            font.bold: true
            color: Theme.accent
            wrapMode: Text.WordWrap
        }
        Text {
            objectName: "selfSearchMessage"
            Layout.fillWidth: true
            text: screen.controller.message
            font.pixelSize: screen.unit * (screen.portrait ? 2.8 : 2.5)
            color: Theme.text
            wrapMode: Text.WordWrap
        }
    }

    // What is touched sits low: on a portrait kiosk, in the lower part of the screen.
    ColumnLayout {
        anchors.left: parent.left
        anchors.right: parent.right
        anchors.top: header.bottom
        anchors.bottom: keyboard.top
        anchors.margins: screen.unit * 3
        anchors.topMargin: screen.portrait
            ? Math.max(screen.unit * 3, keyboard.y - header.y - header.height - screen.height * 0.3) : screen.unit * 2
        anchors.bottomMargin: screen.unit * 2
        spacing: screen.unit * 1.5

        // The field and Back side by side, just above the keyboard's reach.
        RowLayout {
            Layout.fillWidth: true
            spacing: screen.unit * 2
            TextField {
                id: field
                objectName: "selfSearchField"
                Layout.fillWidth: true
                visible: !screen.proving
                font.pixelSize: screen.unit * 4
                placeholderText: qsTr("Your last name")
                Accessible.name: qsTr("Your last name")
                // Names are not words. (qmllint 6.4 knows neither the type of
                // inputMethodHints nor Qt's InputMethodHint values.)
                inputMethodHints: Qt.ImhNoPredictiveText // qmllint disable type property
                onTextChanged: screen.controller.searchSelf(text)
            }
            TextField {
                id: proof
                objectName: "proofField"
                Layout.fillWidth: true
                visible: screen.proving
                font.pixelSize: screen.unit * 4
                placeholderText: qsTr("Your answer")
                Accessible.name: qsTr("Your answer")
                inputMethodHints: Qt.ImhNoPredictiveText | Qt.ImhNoAutoUppercase // qmllint disable type property
                onAccepted: screen.controller.answerProof(text)
            }
            KioskButton {
                objectName: "proofConfirm"
                visible: screen.proving
                unit: screen.unit
                text: qsTr("Confirm")
                Accessible.name: qsTr("Confirm my answer")
                focusPolicy: Qt.NoFocus // qmllint disable type property
                onClicked: {
                    screen.controller.answerProof(proof.text)
                    proof.forceActiveFocus()
                }
            }
            KioskButton {
                objectName: "selfSearchBack"
                unit: screen.unit
                text: qsTr("Back")
                Accessible.name: qsTr("Back to the start")
                focusPolicy: Qt.NoFocus // qmllint disable type property
                onClicked: screen.controller.backToWelcome()
            }
        }
        GridView {
            id: results
            objectName: "selfSearchResults"
            Layout.fillWidth: true
            Layout.fillHeight: true
            visible: !screen.proving
            clip: true
            boundsBehavior: Flickable.StopAtBounds
            // Two names a row where the screen is wide: more of them above the keyboard.
            cellWidth: (width - screen.unit * 3) / (screen.portrait ? 1 : 2)
            cellHeight: Math.max(screen.unit * 9, 90) + screen.unit
            model: screen.controller.selfSearchResults
            ScrollBar.vertical: ScrollBar {
                policy: results.contentHeight > results.height ? ScrollBar.AlwaysOn : ScrollBar.AsNeeded
                width: screen.unit * 2
            }
            delegate: KioskButton {
                id: person
                required property string attendeeId
                required property string name
                required property string organisation
                width: results.cellWidth - screen.unit
                unit: screen.unit
                focusPolicy: Qt.NoFocus // qmllint disable type property
                // The organisation only tells namesakes apart; the controller leaves it empty otherwise.
                text: person.organisation ? qsTr("%1 (%2)").arg(person.name).arg(person.organisation) : person.name
                Accessible.name: qsTr("I am %1").arg(person.name)
                onClicked: screen.controller.chooseSelf(person.attendeeId)
            }
        }
        Item { Layout.fillHeight: true; visible: screen.proving }
    }

    InputPanel {
        id: keyboard
        objectName: "selfSearchKeyboard"
        // Narrower on a wide screen, so that it leaves room for the names.
        width: screen.portrait ? parent.width : Math.min(parent.width, parent.height * 1.3)
        anchors.horizontalCenter: parent.horizontalCenter
        anchors.bottom: parent.bottom
    }

    function startOver() {
        // The keyboard of the screen's language: AZERTY in French.
        VirtualKeyboardSettings.locale = screen.controller.keyboardLocale
        field.text = ""
        proof.text = ""
        if (screen.proving)
            proof.forceActiveFocus()
        else
            field.forceActiveFocus()
    }

    onVisibleChanged: if (visible) startOver()
    onProvingChanged: if (visible) startOver()
    // A wrong answer: the field is emptied for the next try.
    readonly property int triesLeft: controller.proofTriesLeft
    onTriesLeftChanged: proof.text = ""
}
