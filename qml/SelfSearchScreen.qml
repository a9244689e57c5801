pragma ComponentBehavior: Bound
import QtQuick
import Accueil.Controllers
import QtQuick.Controls.Basic
import QtQuick.Layouts
import QtQuick.VirtualKeyboard
import QtQuick.VirtualKeyboard.Settings
import Accueil

// For people without a code, when the organisers allow it: type the start of
// your name on the screen's keyboard and touch yourself. Matches show only a
// name and an organisation.
Rectangle {
    id: screen

    required property real unit
    required property SelfServiceController controller

    color: Theme.background

    ColumnLayout {
        anchors.left: parent.left
        anchors.right: parent.right
        anchors.top: parent.top
        anchors.bottom: keyboard.top
        anchors.margins: screen.unit * 3
        spacing: screen.unit * 1.5

        Text {
            Layout.fillWidth: true
            text: screen.controller.title
            font.pixelSize: screen.unit * 5
            font.bold: true
            color: Theme.accent
        }
        Text {
            Layout.fillWidth: true
            text: screen.controller.message
            font.pixelSize: screen.unit * 2.8
            color: Theme.text
            wrapMode: Text.WordWrap
        }
        TextField {
            id: field
            objectName: "selfSearchField"
            Layout.fillWidth: true
            font.pixelSize: screen.unit * 4
            placeholderText: qsTr("Your last name")
            Accessible.name: qsTr("Your last name")
            // Names are not words. (qmllint 6.4 knows neither the type of
            // inputMethodHints nor Qt's InputMethodHint values.)
            inputMethodHints: Qt.ImhNoPredictiveText // qmllint disable type property
            onTextChanged: screen.controller.searchSelf(text)
        }
        Repeater {
            model: screen.controller.selfSearchResults
            delegate: KioskButton {
                id: person
                required property string attendeeId
                required property string name
                required property string organisation
                Layout.fillWidth: true
                unit: screen.unit
                text: person.name + (person.organisation ? " — " + person.organisation : "")
                Accessible.name: qsTr("I am %1").arg(person.name)
                onClicked: screen.controller.chooseSelf(person.attendeeId)
            }
        }
        Item { Layout.fillHeight: true }
        KioskButton {
            unit: screen.unit
            text: qsTr("Back")
            Accessible.name: qsTr("Back to the start")
            onClicked: {
                field.text = ""
                screen.controller.backToWelcome()
            }
        }
    }

    InputPanel {
        id: keyboard
        anchors.left: parent.left
        anchors.right: parent.right
        anchors.bottom: parent.bottom
    }

    onVisibleChanged: {
        if (!visible)
            return
        // The keyboard of the screen's language: AZERTY in French.
        VirtualKeyboardSettings.locale = screen.controller.keyboardLocale
        field.text = ""
        field.forceActiveFocus()
    }
}
