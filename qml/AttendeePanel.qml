pragma ComponentBehavior: Bound
import QtQuick
import Accueil.Controllers
import QtQuick.Controls.Basic
import QtQuick.Layouts
import QtQuick.Templates as T
import Accueil

// One attendee's page at the desk: mark them as arrived or undo it, reprint,
// fix their details, and what happened to them — check-ins, undos, badges.
Rectangle {
    id: panel

    required property real unit
    required property StaffController staff
    // The smallest thing a finger must hit.
    property real minTarget: unit * 5
    // The screen's keyboard is up: only the fields stay.
    property bool typing: false

    readonly property attendeeDetails person: panel.staff.selected
    visible: person.valid
    color: Theme.surface
    border.color: Theme.accent
    border.width: Math.max(2, unit * 0.3)
    radius: unit

    ScrollingForm {
        id: form
        anchors.left: parent.left
        anchors.right: parent.right
        anchors.top: parent.top
        anchors.bottom: saveEdit.top
        anchors.margins: panel.unit * 2

        ColumnLayout {
            width: form.width
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
            Text {
                objectName: "arrivalState"
                Layout.fillWidth: true
                text: panel.person.cancelled ? qsTr("Registration cancelled")
                                             : (panel.person.checkedIn ? qsTr("Arrived") : qsTr("Not arrived yet"))
                font.pixelSize: panel.unit * 2.8
                font.bold: true
                color: panel.person.cancelled ? Theme.failure : (panel.person.checkedIn ? Theme.success : Theme.warning)
            }
            RowLayout {
                spacing: panel.unit
                visible: !panel.typing
                KioskButton {
                    objectName: "panelMarkArrived"
                    unit: panel.unit * 0.8
                    visible: !panel.person.checkedIn && !panel.person.cancelled
                    text: qsTr("Mark as arrived")
                    Accessible.name: qsTr("Mark %1 as arrived").arg(panel.person.firstName || "")
                    onClicked: panel.staff.checkIn(panel.person.id)
                }
                HoldButton {
                    objectName: "panelUndoArrival"
                    unit: panel.unit * 0.8
                    visible: panel.person.checkedIn
                    label: qsTr("Undo arrival")
                    confirmLabel: qsTr("Tap again to undo")
                    Accessible.name: qsTr("Undo the arrival (hold, or tap twice)")
                    onConfirmed: panel.staff.undoLastCheckIn(panel.person.id)
                }
                KioskButton {
                    unit: panel.unit * 0.8
                    visible: panel.person.checkedIn
                    text: qsTr("Reprint")
                    Accessible.name: qsTr("Reprint this badge")
                    onClicked: panel.staff.reprint(panel.person.id)
                }
            }
            GridLayout {
                Layout.fillWidth: true
                columns: 2
                Label { text: qsTr("First name"); font.pixelSize: panel.unit * 2.4 }
                StaffField { minHeight: panel.minTarget; id: first; objectName: "editFirstName"; Layout.fillWidth: true; font.pixelSize: panel.unit * 2.6; text: panel.person.firstName || ""; Accessible.name: qsTr("First name"); onActiveFocusChanged: if (activeFocus) form.ensureVisible(this) }
                Label { text: qsTr("Last name"); font.pixelSize: panel.unit * 2.4 }
                StaffField { minHeight: panel.minTarget; id: last; objectName: "editLastName"; Layout.fillWidth: true; font.pixelSize: panel.unit * 2.6; text: panel.person.lastName || ""; Accessible.name: qsTr("Last name"); onActiveFocusChanged: if (activeFocus) form.ensureVisible(this) }
                Label { text: qsTr("Organisation"); font.pixelSize: panel.unit * 2.4 }
                StaffField { minHeight: panel.minTarget; id: organisation; objectName: "editOrganisation"; Layout.fillWidth: true; font.pixelSize: panel.unit * 2.6; text: panel.person.organisation || ""; Accessible.name: qsTr("Organisation"); onActiveFocusChanged: if (activeFocus) form.ensureVisible(this) }
                Label { text: qsTr("Role"); font.pixelSize: panel.unit * 2.4 }
                StaffField { minHeight: panel.minTarget; id: role; objectName: "editRole"; Layout.fillWidth: true; font.pixelSize: panel.unit * 2.6; text: panel.person.role || ""; Accessible.name: qsTr("Role"); onActiveFocusChanged: if (activeFocus) form.ensureVisible(this) }
                Label { text: qsTr("Category"); font.pixelSize: panel.unit * 2.4 }
                ComboBox {
                    id: category
                    objectName: "editCategory"
                    Layout.fillWidth: true
                    Layout.preferredHeight: Math.max(implicitHeight, panel.minTarget)
                    font.pixelSize: panel.unit * 2.6
                    // The event's categories, and this person's own if it is not among them.
                    model: {
                        const list = panel.staff.categories.slice()
                        const own = panel.person.category || ""
                        if (own.length > 0 && list.indexOf(own) < 0)
                            list.push(own)
                        return list
                    }
                    currentIndex: model.indexOf(panel.person.category || "")
                    Accessible.name: qsTr("Category")
                }
            }
            Image {
                // The badge as it will print, before a reprint; a tap shows it large.
                id: preview
                objectName: "badgePreview"
                visible: !panel.typing
                Layout.fillWidth: true
                Layout.preferredHeight: panel.unit * 30
                fillMode: Image.PreserveAspectFit
                cache: false
                source: panel.person.valid ? "image://badge/" + panel.person.id + "?" + (panel.person.lastName || "") + (panel.person.organisation || "") : ""
                Accessible.name: qsTr("Badge preview (tap to enlarge)")
                MouseArea {
                    objectName: "enlargeBadge"
                    anchors.fill: parent
                    onClicked: enlarged.open()
                }
            }
            Text { visible: !panel.typing; text: qsTr("History"); font.pixelSize: panel.unit * 2.6; font.bold: true; color: Theme.text }
            Repeater {
                model: panel.typing ? null : panel.staff.history
                delegate: Text {
                    id: line
                    required property string time
                    required property string what
                    required property string detail
                    Layout.fillWidth: true
                    text: line.time + "  " + line.what + (line.detail.length > 0 ? "  (" + line.detail + ")" : "")
                    font.pixelSize: panel.unit * 2.2
                    color: Theme.text
                    wrapMode: Text.WordWrap
                }
            }
        }
    }

    // Always in view, above the keyboard too: the fields scroll, not the button.
    KioskButton {
        id: saveEdit
        objectName: "saveEditButton"
        anchors.left: parent.left
        anchors.bottom: parent.bottom
        anchors.margins: panel.unit * 2
        unit: panel.unit * 0.8
        text: qsTr("Save changes")
        Accessible.name: text
        onClicked: panel.staff.saveEdit(panel.person.id, first.text, last.text, organisation.text, role.text, category.currentText)
    }

    Popup {
        id: enlarged
        objectName: "enlargedBadge"
        parent: T.Overlay.overlay
        anchors.centerIn: parent
        width: parent ? parent.width * 0.9 : 0
        height: parent ? parent.height * 0.9 : 0
        modal: true
        background: Rectangle { color: Theme.surface; radius: panel.unit }
        Image {
            anchors.fill: parent
            fillMode: Image.PreserveAspectFit
            cache: false
            source: enlarged.visible ? preview.source : ""
        }
        MouseArea {
            anchors.fill: parent
            Accessible.name: qsTr("Close the badge")
            onClicked: enlarged.close()
        }
    }
}
