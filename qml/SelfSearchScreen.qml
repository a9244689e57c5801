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
    readonly property bool sideKeyboard: controller.reachMode && !portrait
    readonly property real bandTop: controller.reach.bandTop(controller.reachMode, width, height)
    readonly property real bandBottom: controller.reach.bandBottom(controller.reachMode, width, height)
    readonly property real readable: controller.reachMode ? controller.reach.pixelSizeForCapitals(6, width, height) : 0

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
            font.pixelSize: Math.max(screen.unit * (screen.portrait ? 5 : 4), screen.readable * 1.3)
            font.bold: true
            color: Theme.accent
            wrapMode: Text.WordWrap
        }
        Text {
            objectName: "selfSearchMessage"
            Layout.fillWidth: true
            text: screen.controller.message
            font.pixelSize: Math.max(screen.unit * (screen.portrait ? 2.8 : 2.5), screen.readable)
            color: Theme.text
            wrapMode: Text.WordWrap
        }
    }

    // What is touched sits low, within reach: the field, the names, then the
    // buttons, just above the keyboard; on a portrait kiosk in the lower part
    // of the screen. The field has a row of its own so that nothing covers it.
    ColumnLayout {
        anchors.left: parent.left
        anchors.right: screen.sideKeyboard ? keyboard.left : parent.right
        anchors.top: header.bottom
        anchors.bottom: screen.sideKeyboard ? parent.bottom : keyboard.top
        anchors.margins: screen.unit * 3
        anchors.topMargin: Math.max(screen.unit * 2, screen.bandTop - header.y - header.height,
            screen.portrait ? keyboard.y - header.y - header.height - screen.height * 0.3 : 0)
        anchors.bottomMargin: screen.sideKeyboard ? screen.height - screen.bandBottom + screen.unit * 2 : screen.unit * 2
        spacing: screen.unit * 1.5

        TextField {
            id: field
            objectName: "selfSearchField"
            Layout.fillWidth: true
            Layout.minimumWidth: 0
            visible: !screen.proving
            font.pixelSize: Math.max(screen.unit * 4, screen.readable)
            placeholderText: qsTr("Your last name")
            placeholderTextColor: Theme.muted
            color: Theme.text
            Accessible.name: qsTr("Your last name")
            background: FieldFrame { unit: screen.unit; focused: field.activeFocus }
            // Names are not words. (qmllint 6.4 knows neither the type of
            // inputMethodHints nor Qt's InputMethodHint values.)
            inputMethodHints: Qt.ImhNoPredictiveText // qmllint disable type property
            onTextChanged: screen.controller.searchSelf(text)
        }
        TextField {
            id: proof
            objectName: "proofField"
            Layout.fillWidth: true
            Layout.minimumWidth: 0
            visible: screen.proving
            font.pixelSize: Math.max(screen.unit * 4, screen.readable)
            placeholderText: qsTr("Your answer")
            placeholderTextColor: Theme.muted
            color: Theme.text
            Accessible.name: qsTr("Your answer")
            background: FieldFrame { unit: screen.unit; focused: proof.activeFocus }
            inputMethodHints: Qt.ImhNoPredictiveText | Qt.ImhNoAutoUppercase // qmllint disable type property
            onAccepted: screen.controller.answerProof(text)
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
            cellHeight: Math.max(screen.unit * 9, 90, screen.readable * 2.4) + screen.unit
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
                minimumTextSize: screen.readable
                focusPolicy: Qt.TabFocus // qmllint disable type property
                // The organisation only tells namesakes apart; the controller leaves it empty otherwise.
                text: person.organisation ? qsTr("%1 (%2)").arg(person.name).arg(person.organisation) : person.name
                Accessible.name: qsTr("I am %1").arg(person.name)
                onClicked: screen.controller.chooseSelf(person.attendeeId)
            }
        }
        Item { Layout.fillHeight: true; visible: screen.proving }
        // Buttons take the focus from the keyboard's Tab only, so that a touch leaves the field's keyboard up.
        GridLayout {
            // A grid, not a Flow: its height is known before it is laid out.
            Layout.fillWidth: true
            columns: screen.sideKeyboard ? 2 : 4
            columnSpacing: screen.unit * 2
            rowSpacing: screen.unit * 1.5
            KioskButton {
                Layout.fillWidth: true
                objectName: "proofConfirm"
                visible: screen.proving
                unit: screen.unit
                minimumTextSize: screen.readable
                checked: true
                text: qsTr("Confirm")
                Accessible.name: qsTr("Confirm my answer")
                focusPolicy: Qt.TabFocus // qmllint disable type property
                onClicked: {
                    screen.controller.answerProof(proof.text)
                    proof.forceActiveFocus()
                }
            }
            KioskButton {
                Layout.fillWidth: true
                objectName: "selfSearchBack"
                unit: screen.unit
                minimumTextSize: screen.readable
                text: qsTr("Back")
                Accessible.name: qsTr("Back to the start")
                focusPolicy: Qt.TabFocus // qmllint disable type property
                onClicked: screen.controller.backToWelcome()
            }
            KioskButton {
                Layout.fillWidth: true
                objectName: "selfSearchMoreTime"
                unit: screen.unit
                minimumTextSize: screen.readable
                text: qsTr("More time")
                Accessible.name: qsTr("Keep this screen longer")
                enabled: screen.controller.timer.extensionsLeft > 0
                focusPolicy: Qt.TabFocus // qmllint disable type property
                onClicked: screen.controller.keepScreen()
            }
            ReachButton {
                Layout.fillWidth: true
                unit: screen.unit
                minimumTextSize: screen.readable
                controller: screen.controller
                focusPolicy: Qt.TabFocus // qmllint disable type property
            }
        }
    }

    InputPanel {
        id: keyboard
        objectName: "selfSearchKeyboard"
        // Narrower on a wide screen, so that it leaves room for the names; beside
        // them in reach mode, where the band is too low for both one above the other.
        width: screen.portrait ? parent.width
             : screen.sideKeyboard ? parent.width * 0.55 : Math.min(parent.width, parent.height * 1.3)
        x: screen.sideKeyboard ? parent.width - width : (parent.width - width) / 2
        anchors.bottom: parent.bottom
        // Reach mode: the keys too stay above 800 mm.
        anchors.bottomMargin: screen.height - screen.bandBottom
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
    // After "more time?", typing goes on where it was.
    readonly property bool asking: controller.timer.asking
    onAskingChanged: if (!asking && visible) (proving ? proof : field).forceActiveFocus()
    onProvingChanged: if (visible) startOver()
    // A wrong answer: the field is emptied for the next try.
    readonly property int triesLeft: controller.proofTriesLeft
    onTriesLeftChanged: proof.text = ""
}
