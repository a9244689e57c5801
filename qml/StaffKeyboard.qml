pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Window
import Accueil

// The desk's own keyboard, for a kiosk with only a touch screen: the layout
// of the staff's language (AZERTY in French), a row of accented letters, and
// Shift for capitals. It types into the focused field without taking the
// focus, and shows only while a field has it.
Rectangle {
    id: keyboard

    required property real unit
    // The staff language ("fr", "en", "es"...): the keyboard's layout.
    property string language: "en"
    // The field typed into: a TextInput or TextField with the focus, or null.
    property Item target: null
    // The smallest key a finger hits (9 mm on the screen it is on).
    property real minKey: Math.max(unit * 5.5, Screen.pixelDensity * 9)
    property bool shifted: false

    readonly property bool azerty: language.startsWith("fr")
    readonly property var rows: [
        "1234567890".split(""),
        (azerty ? "azertyuiop" : "qwertyuiop").split(""),
        (azerty ? "qsdfghjklm" : (language.startsWith("es") ? "asdfghjklñ" : "asdfghjkl'")).split(""),
        (azerty ? "wxcvbn'-@." : "zxcvbnm-@.").split(""),
        "éèêëàâçïîôùûüñ".split("")
    ]
    readonly property real keyWidth: Math.max(minKey, (width - unit * 2) / 14 - unit * 0.4)
    readonly property real keyHeight: Math.max(minKey, unit * 6)

    visible: target !== null
    color: Theme.viewfinder
    implicitHeight: column.implicitHeight + unit * 2

    function type(text) {
        if (!target)
            return
        const t = target as TextInput
        if (t === null)
            return
        if (t.selectedText.length > 0)
            t.remove(t.selectionStart, t.selectionEnd)
        t.insert(t.cursorPosition, shifted ? text.toUpperCase() : text)
        shifted = false
    }
    function backspace() {
        const t = target as TextInput
        if (t === null)
            return
        if (t.selectedText.length > 0)
            t.remove(t.selectionStart, t.selectionEnd)
        else if (t.cursorPosition > 0)
            t.remove(t.cursorPosition - 1, t.cursorPosition)
    }
    function enter() {
        const t = target as TextInput
        if (t !== null)
            t.accepted()
    }

    // Touches on the keyboard never reach what is behind it.
    MouseArea { anchors.fill: parent }

    Column {
        id: column
        anchors.centerIn: parent
        spacing: keyboard.unit * 0.4

        Repeater {
            model: keyboard.rows
            delegate: Row {
                id: row
                required property var modelData
                required property int index
                anchors.horizontalCenter: parent.horizontalCenter
                spacing: keyboard.unit * 0.4
                Repeater {
                    model: row.modelData
                    delegate: KeyboardKey {
                        required property string modelData
                        unit: keyboard.unit
                        width: keyboard.keyWidth
                        height: keyboard.keyHeight
                        label: keyboard.shifted ? modelData.toUpperCase() : modelData
                        objectName: "key_" + modelData
                        accent: row.index === 4
                        onTapped: keyboard.type(modelData)
                    }
                }
            }
        }
        Row {
            anchors.horizontalCenter: parent.horizontalCenter
            spacing: keyboard.unit * 0.4
            KeyboardKey {
                objectName: "key_shift"
                unit: keyboard.unit
                width: keyboard.keyWidth * 2
                height: keyboard.keyHeight
                label: "⇧"
                down: keyboard.shifted
                Accessible.name: qsTr("Capital letter")
                onTapped: keyboard.shifted = !keyboard.shifted
            }
            KeyboardKey {
                objectName: "key_space"
                unit: keyboard.unit
                width: keyboard.keyWidth * 6
                height: keyboard.keyHeight
                label: qsTr("space")
                onTapped: keyboard.type(" ")
            }
            KeyboardKey {
                objectName: "key_backspace"
                unit: keyboard.unit
                width: keyboard.keyWidth * 2
                height: keyboard.keyHeight
                label: "⌫"
                Accessible.name: qsTr("Delete the letter before")
                onTapped: keyboard.backspace()
            }
            KeyboardKey {
                objectName: "key_enter"
                unit: keyboard.unit
                width: keyboard.keyWidth * 2
                height: keyboard.keyHeight
                label: "↵"
                Accessible.name: qsTr("Enter")
                onTapped: keyboard.enter()
            }
            KeyboardKey {
                objectName: "key_hide"
                unit: keyboard.unit
                width: keyboard.keyWidth * 2
                height: keyboard.keyHeight
                label: qsTr("Hide")
                Accessible.name: qsTr("Hide the keyboard")
                onTapped: if (keyboard.target) keyboard.target.focus = false
            }
        }
    }
}
