import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Layouts

// A desk field: a finger's tap gives it the focus (and with it the screen's
// keyboard), as a mouse click does.
TextField {
    id: field

    required property real minHeight

    Layout.preferredHeight: Math.max(implicitHeight, minHeight)
    // Names are not words. (qmllint 6.4 knows neither the type of
    // inputMethodHints nor Qt's InputMethodHint values.)
    inputMethodHints: Qt.ImhNoPredictiveText // qmllint disable type property

    TapHandler {
        acceptedDevices: PointerDevice.TouchScreen
        onTapped: field.forceActiveFocus()
    }
}
