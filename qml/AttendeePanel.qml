pragma ComponentBehavior: Bound
import QtQuick
import Accueil.Controllers
import QtQuick.Controls.Basic
import QtQuick.Layouts
import Accueil

// One attendee's page at the desk: fix their details, and what happened to
// them — check-ins, undos, badges.
Rectangle {
    id: panel

    required property real unit
    required property StaffController staff

    readonly property var person: staff.selected
    visible: person.id !== undefined
    color: Theme.surface
    border.color: Theme.accent
    border.width: Math.max(2, unit * 0.3)
    radius: unit

    ColumnLayout {
        anchors.fill: parent
        anchors.margins: panel.unit * 2
        spacing: panel.unit * 1.2

        RowLayout {
            Layout.fillWidth: true
            Text {
                Layout.fillWidth: true
                text: (panel.person.firstName || "") + " " + (panel.person.lastName || "")
                font.pixelSize: panel.unit * 3.5
                font.bold: true
                color: Theme.text
                elide: Text.ElideRight
            }
            KioskButton {
                unit: panel.unit * 0.7
                text: qsTr("Close")
                Accessible.name: qsTr("Close this page")
                onClicked: panel.staff.closeSelection()
            }
        }
        GridLayout {
            Layout.fillWidth: true
            columns: 2
            Label { text: qsTr("First name"); font.pixelSize: panel.unit * 2.4 }
            TextField { id: first; objectName: "editFirstName"; Layout.fillWidth: true; font.pixelSize: panel.unit * 2.6; text: panel.person.firstName || ""; Accessible.name: qsTr("First name") }
            Label { text: qsTr("Last name"); font.pixelSize: panel.unit * 2.4 }
            TextField { id: last; objectName: "editLastName"; Layout.fillWidth: true; font.pixelSize: panel.unit * 2.6; text: panel.person.lastName || ""; Accessible.name: qsTr("Last name") }
            Label { text: qsTr("Organisation"); font.pixelSize: panel.unit * 2.4 }
            TextField { id: organisation; Layout.fillWidth: true; font.pixelSize: panel.unit * 2.6; text: panel.person.organisation || ""; Accessible.name: qsTr("Organisation") }
            Label { text: qsTr("Role"); font.pixelSize: panel.unit * 2.4 }
            TextField { id: role; Layout.fillWidth: true; font.pixelSize: panel.unit * 2.6; text: panel.person.role || ""; Accessible.name: qsTr("Role") }
            Label { text: qsTr("Category"); font.pixelSize: panel.unit * 2.4 }
            TextField { id: category; Layout.fillWidth: true; font.pixelSize: panel.unit * 2.6; text: panel.person.category || ""; Accessible.name: qsTr("Category") }
        }
        Image {
            // The badge as it will print, before a reprint.
            objectName: "badgePreview"
            Layout.fillWidth: true
            Layout.preferredHeight: panel.unit * 22
            fillMode: Image.PreserveAspectFit
            cache: false
            source: panel.person.id !== undefined ? "image://badge/" + panel.person.id + "?" + (panel.person.lastName || "") : ""
            Accessible.name: qsTr("Badge preview")
        }
        RowLayout {
            spacing: panel.unit
            KioskButton {
                objectName: "saveEditButton"
                unit: panel.unit * 0.8
                text: qsTr("Save the changes")
                Accessible.name: text
                onClicked: panel.staff.saveEdit(panel.person.id, first.text, last.text, organisation.text, role.text, category.text)
            }
            KioskButton {
                unit: panel.unit * 0.8
                text: qsTr("Reprint")
                Accessible.name: qsTr("Reprint this badge")
                onClicked: panel.staff.reprint(panel.person.id)
            }
        }
        Text { text: qsTr("History"); font.pixelSize: panel.unit * 2.6; font.bold: true; color: Theme.text }
        ListView {
            Layout.fillWidth: true
            Layout.fillHeight: true
            clip: true
            model: panel.staff.history
            delegate: Text {
                id: line
                required property var modelData
                width: ListView.view.width
                text: line.modelData.time + "  " + line.modelData.what + (line.modelData.detail ? "  (" + line.modelData.detail + ")" : "")
                font.pixelSize: panel.unit * 2.2
                color: Theme.text
                elide: Text.ElideRight
            }
        }
    }
}
