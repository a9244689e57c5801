pragma ComponentBehavior: Bound
import QtQuick
import Accueil.Controllers
import QtQuick.Controls.Basic
import QtQuick.Layouts
import Accueil

// The desk: find someone (accents and case do not matter), check them in,
// undo, reprint; register a walk-in.
Rectangle {
    id: screen

    required property real unit
    required property StaffController staff
    required property DashboardController dashboard

    color: Theme.background

    // Any touch keeps staff mode open.
    MouseArea {
        anchors.fill: parent
        propagateComposedEvents: true
        onPressed: (mouse) => { screen.staff.touch(); mouse.accepted = false }
    }

    ColumnLayout {
        anchors.fill: parent
        anchors.margins: screen.unit * 3
        spacing: screen.unit * 2

        RowLayout {
            Layout.fillWidth: true
            Text {
                Layout.fillWidth: true
                text: qsTr("Welcome desk")
                font.pixelSize: screen.unit * 4.5
                font.bold: true
                color: Theme.accent
            }
            KioskButton {
                unit: screen.unit
                text: qsTr("Close")
                Accessible.name: qsTr("Close staff mode")
                onClicked: screen.staff.lock()
            }
        }
        Text {
            objectName: "staffStatus"
            Layout.fillWidth: true
            visible: text.length > 0
            text: screen.staff.status
            font.pixelSize: screen.unit * 2.6
            color: Theme.text
            wrapMode: Text.WordWrap
        }
        TabBar {
            id: tabs
            Layout.fillWidth: true
            font.pixelSize: screen.unit * 2.8
            // The page is the controller's: a tab touched sets it, and it
            // follows the controller after a touch broke the binding.
            currentIndex: screen.staff.page
            onCurrentIndexChanged: screen.staff.page = tabs.currentIndex
            Component.onCompleted: screen.staff.pageChanged.connect(() => { tabs.currentIndex = screen.staff.page })
            TabButton { objectName: "searchTab"; text: qsTr("Search"); height: screen.unit * 8 }
            TabButton { objectName: "walkInTab"; text: qsTr("Walk-in"); height: screen.unit * 8 }
            TabButton { objectName: "dashboardTab"; text: qsTr("Figures"); height: screen.unit * 8 }
        }
        StackLayout {
            Layout.fillWidth: true
            Layout.fillHeight: true
            currentIndex: screen.staff.page

            ColumnLayout {
                spacing: screen.unit * 1.5
                TextField {
                    objectName: "searchField"
                    Layout.fillWidth: true
                    font.pixelSize: screen.unit * 3.2
                    placeholderText: qsTr("Name, organisation or code")
                    Accessible.name: qsTr("Search attendees")
                    onTextChanged: screen.staff.search(text)
                }
                ListView {
                    Layout.fillWidth: true
                    Layout.fillHeight: true
                    clip: true
                    spacing: screen.unit
                    model: screen.staff.results
                    delegate: Rectangle {
                        id: row
                        required property string attendeeId
                        required property string name
                        required property string organisation
                        required property bool checkedIn
                        required property bool cancelled
                        width: ListView.view.width
                        height: screen.unit * 11
                        radius: screen.unit
                        color: Theme.surface
                        RowLayout {
                            anchors.fill: parent
                            anchors.margins: screen.unit
                            spacing: screen.unit
                            ColumnLayout {
                                Layout.fillWidth: true
                                MouseArea {
                                    objectName: "openAttendee"
                                    Layout.fillWidth: true
                                    Layout.preferredHeight: screen.unit * 4
                                    Accessible.name: qsTr("Open the page of %1").arg(row.name)
                                    onClicked: screen.staff.select(row.attendeeId)
                                    Text { anchors.fill: parent; text: row.name; font.pixelSize: screen.unit * 3; font.bold: true; elide: Text.ElideRight; color: Theme.text }
                                }
                                Text {
                                    Layout.fillWidth: true
                                    text: row.cancelled ? qsTr("Registration cancelled")
                                                        : (row.checkedIn ? qsTr("Checked in") + " · " : "") + row.organisation
                                    font.pixelSize: screen.unit * 2.3
                                    color: row.cancelled ? Theme.failure : (row.checkedIn ? Theme.success : Theme.muted)
                                    elide: Text.ElideRight
                                }
                            }
                            KioskButton {
                                unit: screen.unit * 0.8
                                visible: !row.checkedIn && !row.cancelled
                                text: qsTr("Check in")
                                Accessible.name: qsTr("Check in %1").arg(row.name)
                                onClicked: screen.staff.checkIn(row.attendeeId)
                            }
                            KioskButton {
                                unit: screen.unit * 0.8
                                visible: row.checkedIn
                                text: qsTr("Undo")
                                Accessible.name: qsTr("Undo the check-in of %1").arg(row.name)
                                onClicked: screen.staff.undoLastCheckIn(row.attendeeId)
                            }
                            KioskButton {
                                unit: screen.unit * 0.8
                                visible: row.checkedIn
                                text: qsTr("Reprint")
                                Accessible.name: qsTr("Reprint the badge of %1").arg(row.name)
                                onClicked: screen.staff.reprint(row.attendeeId)
                            }
                        }
                    }
                }
            }

            GridLayout {
                columns: 2
                columnSpacing: screen.unit * 2
                rowSpacing: screen.unit * 1.5
                Label { text: qsTr("First name"); font.pixelSize: screen.unit * 2.8 }
                TextField { id: firstName; objectName: "walkInFirstName"; Layout.fillWidth: true; font.pixelSize: screen.unit * 3; Accessible.name: qsTr("First name") }
                Label { text: qsTr("Last name"); font.pixelSize: screen.unit * 2.8 }
                TextField { id: lastName; objectName: "walkInLastName"; Layout.fillWidth: true; font.pixelSize: screen.unit * 3; Accessible.name: qsTr("Last name") }
                Label { text: qsTr("Organisation"); font.pixelSize: screen.unit * 2.8 }
                TextField { id: organisation; objectName: "walkInOrganisation"; Layout.fillWidth: true; font.pixelSize: screen.unit * 3; Accessible.name: qsTr("Organisation") }
                Label { text: qsTr("Email"); font.pixelSize: screen.unit * 2.8 }
                TextField { id: email; objectName: "walkInEmail"; Layout.fillWidth: true; font.pixelSize: screen.unit * 3; Accessible.name: qsTr("Email") }
                Label { text: qsTr("Category"); font.pixelSize: screen.unit * 2.8 }
                TextField { id: category; objectName: "walkInCategory"; Layout.fillWidth: true; font.pixelSize: screen.unit * 3; Accessible.name: qsTr("Category") }
                Item { width: 1; height: 1 }
                KioskButton {
                    objectName: "walkInButton"
                    unit: screen.unit
                    text: qsTr("Register, check in and print")
                    Accessible.name: qsTr("Register the walk-in, check them in and print their badge")
                    onClicked: {
                        if (screen.staff.registerWalkIn(firstName.text, lastName.text, organisation.text, email.text, category.text).length > 0) {
                            firstName.text = ""
                            lastName.text = ""
                            organisation.text = ""
                            email.text = ""
                            category.text = ""
                        }
                    }
                }
            }

            DashboardPanel {
                unit: screen.unit
                dashboard: screen.dashboard
                visible: screen.visible && screen.staff.page === StaffController.FiguresPage
            }
        }
    }

    AttendeePanel {
        anchors.right: parent.right
        anchors.top: parent.top
        anchors.bottom: parent.bottom
        anchors.margins: screen.unit * 3
        width: Math.min(parent.width * 0.55, screen.unit * 90)
        unit: screen.unit
        staff: screen.staff
    }
}
