pragma ComponentBehavior: Bound
import QtQuick
import Accueil.Controllers
import QtQuick.Controls.Basic
import QtQuick.Layouts
import QtQuick.Window
import Accueil

// The desk: find someone (accents and case do not matter), check them in,
// undo, reprint; register a walk-in.
Rectangle {
    id: screen

    required property real unit
    required property StaffController staff
    required property DashboardController dashboard

    color: Theme.background

    // 9 mm on the screen it is shown on: the smallest thing a finger must hit.
    readonly property real minTarget: Math.max(Screen.pixelDensity * 9, unit * 5)
    // The field being typed into, for the screen's keyboard.
    // The registered person a walk-in may be: {id, name, organisation}, or empty.
    readonly property var duplicate: staff.duplicate
    readonly property Item typingInto: {
        const field = Window.activeFocusItem as TextInput
        return visible && field !== null && field.visible ? field : null
    }


    // A page opened (by a scan, a tap on a result) is what to act on: the
    // search keyboard goes away so that its actions show.
    Component.onCompleted: screen.staff.selectionChanged.connect(() => {
        if (screen.staff.selected.valid && searchField.activeFocus)
            screen.forceActiveFocus()
    })

    // Any touch keeps staff mode open.
    MouseArea {
        anchors.fill: parent
        propagateComposedEvents: true
        onPressed: (mouse) => { screen.staff.touch(); mouse.accepted = false }
    }

    ColumnLayout {
        anchors.left: parent.left
        anchors.right: parent.right
        anchors.top: parent.top
        anchors.bottom: keyboard.visible ? keyboard.top : parent.bottom
        anchors.margins: screen.unit * 3
        spacing: screen.unit * 1.5

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
        // Its room is kept when empty, so that nothing below moves when it speaks.
        Text {
            objectName: "staffStatus"
            Layout.fillWidth: true
            Layout.preferredHeight: screen.unit * 2.6 * 2.6
            text: screen.staff.status
            font.pixelSize: screen.unit * 2.6
            color: Theme.text
            wrapMode: Text.WordWrap
            maximumLineCount: 2
            elide: Text.ElideRight
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
            TabButton { objectName: "searchTab"; text: qsTr("Search"); Accessible.name: text; height: Math.max(screen.unit * 8, screen.minTarget) }
            TabButton { objectName: "walkInTab"; text: qsTr("Walk-in"); Accessible.name: text; height: Math.max(screen.unit * 8, screen.minTarget) }
            TabButton { objectName: "dashboardTab"; text: qsTr("Figures"); Accessible.name: text; height: Math.max(screen.unit * 8, screen.minTarget) }
        }
        StackLayout {
            Layout.fillWidth: true
            Layout.fillHeight: true
            currentIndex: screen.staff.page

            // The attendee's page beside the results, under the tabs (never over
            // them); on a portrait screen it takes the whole width while open.
            Item {
                ColumnLayout {
                    id: resultsColumn
                    spacing: screen.unit * 1.5
                    anchors.left: parent.left
                    anchors.top: parent.top
                    anchors.bottom: parent.bottom
                    anchors.right: attendeePanel.visible ? attendeePanel.left : parent.right
                    anchors.rightMargin: attendeePanel.visible ? screen.unit * 2 : 0
                    visible: !(attendeePanel.visible && screen.width < screen.height)
                    StaffField {
                        id: searchField
                        minHeight: screen.minTarget
                        objectName: "searchField"
                        Layout.fillWidth: true
                        font.pixelSize: screen.unit * 3.2
                        placeholderText: qsTr("Name, organisation or code")
                        Accessible.name: qsTr("Search attendees")
                        onTextChanged: screen.staff.search(text)
                    }
                    ListView {
                        objectName: "results"
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
                            height: Math.max(screen.unit * 11, screen.minTarget * 1.6)
                            radius: screen.unit
                            color: Theme.surface
                            RowLayout {
                                anchors.fill: parent
                                anchors.margins: screen.unit
                                spacing: screen.unit
                                MouseArea {
                                    objectName: "openAttendee"
                                    Layout.fillWidth: true
                                    Layout.fillHeight: true
                                    Layout.minimumHeight: screen.minTarget
                                    Accessible.role: Accessible.Button
                                    Accessible.name: qsTr("Open the page of %1").arg(row.name)
                                    onClicked: screen.staff.select(row.attendeeId)
                                    Column {
                                        anchors.left: parent.left
                                        anchors.right: parent.right
                                        anchors.verticalCenter: parent.verticalCenter
                                        Text { width: parent.width; text: row.name; font.pixelSize: screen.unit * 3; font.bold: true; elide: Text.ElideRight; color: Theme.text }
                                        Text {
                                            width: parent.width
                                            text: row.cancelled ? qsTr("Registration cancelled")
                                                                : (row.checkedIn ? qsTr("Arrived") + " · " : "") + row.organisation
                                            font.pixelSize: screen.unit * 2.3
                                            color: row.cancelled ? Theme.failure : (row.checkedIn ? Theme.success : Theme.muted)
                                            elide: Text.ElideRight
                                        }
                                    }
                                }
                                KioskButton {
                                    objectName: "markArrived"
                                    unit: screen.unit * 0.8
                                    visible: !row.checkedIn && !row.cancelled
                                    text: qsTr("Mark as arrived")
                                    Accessible.name: qsTr("Mark %1 as arrived").arg(row.name)
                                    onClicked: screen.staff.checkIn(row.attendeeId)
                                }
                                HoldButton {
                                    objectName: "undoArrival"
                                    unit: screen.unit * 0.8
                                    visible: row.checkedIn
                                    label: qsTr("Undo arrival")
                                    confirmLabel: qsTr("Tap again to undo")
                                    Accessible.name: qsTr("Undo the arrival of %1 (hold, or tap twice)").arg(row.name)
                                    onConfirmed: screen.staff.undoLastCheckIn(row.attendeeId)
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
                AttendeePanel {
                    id: attendeePanel
                    objectName: "attendeePanel"
                    anchors.top: parent.top
                    anchors.bottom: parent.bottom
                    anchors.right: parent.right
                    width: resultsColumn.visible ? Math.min(parent.width * 0.55, screen.unit * 90) : parent.width
                    unit: screen.unit
                    minTarget: screen.minTarget
                    staff: screen.staff
                    typing: keyboard.visible
                }
            }

            // The form scrolls; what to do with it stays in view above the keyboard.
            ColumnLayout {
                spacing: screen.unit * 1.5
                ScrollingForm {
                    id: walkInForm
                    Layout.fillWidth: true
                    Layout.fillHeight: true
                    ColumnLayout {
                        width: walkInForm.width
                        spacing: screen.unit * 1.5
                        GridLayout {
                            Layout.fillWidth: true
                            columns: 2
                            columnSpacing: screen.unit * 2
                            rowSpacing: screen.unit * 1.5
                            Label { text: qsTr("First name"); font.pixelSize: screen.unit * 2.8 }
                            StaffField { minHeight: screen.minTarget; id: firstName; objectName: "walkInFirstName"; Layout.fillWidth: true; font.pixelSize: screen.unit * 3; Accessible.name: qsTr("First name"); onActiveFocusChanged: if (activeFocus) walkInForm.ensureVisible(this) }
                            Label { text: qsTr("Last name"); font.pixelSize: screen.unit * 2.8 }
                            StaffField { minHeight: screen.minTarget; id: lastName; objectName: "walkInLastName"; Layout.fillWidth: true; font.pixelSize: screen.unit * 3; Accessible.name: qsTr("Last name"); onActiveFocusChanged: if (activeFocus) walkInForm.ensureVisible(this) }
                            Label { text: qsTr("Organisation"); font.pixelSize: screen.unit * 2.8 }
                            StaffField { minHeight: screen.minTarget; id: organisation; objectName: "walkInOrganisation"; Layout.fillWidth: true; font.pixelSize: screen.unit * 3; Accessible.name: qsTr("Organisation"); onActiveFocusChanged: if (activeFocus) walkInForm.ensureVisible(this) }
                            Label { text: qsTr("Email"); font.pixelSize: screen.unit * 2.8 }
                            StaffField { minHeight: screen.minTarget; id: email; objectName: "walkInEmail"; Layout.fillWidth: true; font.pixelSize: screen.unit * 3; Accessible.name: qsTr("Email"); onActiveFocusChanged: if (activeFocus) walkInForm.ensureVisible(this) }
                            Label { text: qsTr("Category"); font.pixelSize: screen.unit * 2.8 }
                            ComboBox {
                                id: category
                                objectName: "walkInCategory"
                                Layout.fillWidth: true
                                Layout.preferredHeight: Math.max(implicitHeight, screen.minTarget)
                                font.pixelSize: screen.unit * 3
                                model: screen.staff.categories
                                Accessible.name: qsTr("Category")
                            }
                        }
                    }
                }
                // A walk-in whose name is already on the list: maybe the same person.
                Rectangle {
                    objectName: "duplicateWarning"
                    Layout.fillWidth: true
                    visible: screen.duplicate.id !== undefined
                    implicitHeight: duplicateColumn.implicitHeight + screen.unit * 2
                    color: Theme.surface
                    border.color: Theme.warning
                    border.width: Math.max(2, screen.unit * 0.3)
                    radius: screen.unit
                    ColumnLayout {
                        id: duplicateColumn
                        anchors.fill: parent
                        anchors.margins: screen.unit
                        Text {
                            Layout.fillWidth: true
                            text: qsTr("Already registered: %1").arg((screen.duplicate.name || "") + (screen.duplicate.organisation ? " — " + screen.duplicate.organisation : ""))
                            font.pixelSize: screen.unit * 2.6
                            color: Theme.warning
                            wrapMode: Text.WordWrap
                        }
                        RowLayout {
                            spacing: screen.unit
                            KioskButton {
                                objectName: "openDuplicate"
                                unit: screen.unit * 0.8
                                text: qsTr("Open their page")
                                Accessible.name: text
                                onClicked: {
                                    screen.staff.select(screen.duplicate.id)
                                    screen.staff.page = StaffController.SearchPage
                                }
                            }
                            KioskButton {
                                objectName: "registerAnyway"
                                unit: screen.unit * 0.8
                                text: qsTr("Another person: register")
                                Accessible.name: text
                                onClicked: {
                                    screen.staff.confirmDuplicate()
                                    walkInButton.clicked()
                                }
                            }
                        }
                    }
                }
                KioskButton {
                    id: walkInButton
                    objectName: "walkInButton"
                    unit: screen.unit
                    text: qsTr("Register, check in and print")
                    Accessible.name: qsTr("Register the walk-in, check them in and print their badge")
                    onClicked: {
                        if (screen.staff.registerWalkIn(firstName.text, lastName.text, organisation.text, email.text, category.currentText).length > 0) {
                            firstName.text = ""
                            lastName.text = ""
                            organisation.text = ""
                            email.text = ""
                            category.currentIndex = -1
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

    StaffKeyboard {
        id: keyboard
        objectName: "staffKeyboard"
        anchors.left: parent.left
        anchors.right: parent.right
        anchors.bottom: parent.bottom
        height: implicitHeight
        unit: screen.unit
        minKey: screen.minTarget
        language: screen.staff.language
        target: screen.typingInto
    }
}
