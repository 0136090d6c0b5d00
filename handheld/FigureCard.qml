import QtQuick
import QtQuick.Layouts

// One figure with its caption, e.g. "Units / 12,345".
Rectangle {
    id: card

    property string caption
    property string value

    implicitHeight: column.implicitHeight + 24
    radius: 12
    color: "white"
    border.color: "#d9e0e8"

    ColumnLayout {
        id: column
        anchors.fill: parent
        anchors.margins: 12
        anchors.leftMargin: 14
        spacing: 2

        Text {
            text: card.caption
            color: "#5a6b7f"
            font.pixelSize: 13
            elide: Text.ElideRight
            Layout.fillWidth: true
        }
        Text {
            text: card.value
            color: "#14212e"
            font.pixelSize: 26
            font.bold: true
            fontSizeMode: Text.HorizontalFit
            minimumPixelSize: 16
            Layout.fillWidth: true
        }
    }
}
