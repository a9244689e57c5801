import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Layouts
import Accueil

// A desk field: a finger's tap gives it the focus (and with it the screen's
// keyboard), as a mouse click does.
TextField {
    id: field

    required property real minHeight

    Layout.preferredHeight: Math.max(implicitHeight, minHeight)
    // A placeholder is text (4.5:1); the edge stands out from the page (3:1).
    placeholderTextColor: Theme.muted
    color: Theme.text
    Accessible.name: placeholderText
    // As high as the style's own frame, so that desk forms keep their layout.
    background: FieldFrame { unit: field.minHeight / 9; focused: field.activeFocus; implicitHeight: 40 }
    // Names are not words. (qmllint 6.4 knows neither the type of
    // inputMethodHints nor Qt's InputMethodHint values.)
    inputMethodHints: Qt.ImhNoPredictiveText // qmllint disable type property

    TapHandler {
        acceptedDevices: PointerDevice.TouchScreen
        onTapped: field.forceActiveFocus()
    }
}
